import type { Messages } from './messages-en';
import { messagesDataFr } from './messages-data-fr';
import { messagesSettingsFr } from './messages-settings-fr';
import { messagesStorageFr } from './messages-storage-fr';
import { messagesAccountsFr } from './messages-accounts-fr';
import { messagesTicketsFr } from './messages-tickets-fr';
import { messagesBoardFr } from './messages-board-fr';
import { messagesWallboardFr } from './messages-wallboard-fr';
import { messagesPanelFr } from './messages-panel-fr';
import { messagesTriageFr } from './messages-triage-fr';

/**
 * French UI text. `satisfies Messages`: a missing or extra key is a compile error.
 * French typography: a no-break space (U+00A0) precedes « : ; » and follows « «, so a line
 * never starts with a colon.
 */
export const messagesFr = {
  ...messagesDataFr,
  ...messagesSettingsFr,
  ...messagesStorageFr,
  ...messagesTicketsFr,
  ...messagesBoardFr,
  ...messagesWallboardFr,
  ...messagesPanelFr,
  ...messagesTriageFr,
  ...messagesAccountsFr,
  'app.name': 'SLA Board',
  'app.skipToContent': 'Aller au contenu principal',
  'route.loading': 'Chargement…',
  'routeError.documentTitle': 'Une erreur est survenue · SLA Board',
  'routeError.title': 'Impossible d’afficher cet écran',
  'routeError.body':
    'Un problème est survenu pendant l’affichage de cet écran. Vos tickets, comptes et réglages sont intacts : ils restent enregistrés dans ce navigateur.',
  'routeError.retry': 'Réessayer',
  'routeError.board': 'Aller au tableau des échéances',
  'routeError.details': 'Détails techniques',
  'routeError.chunk.title': 'Cet écran demande un rechargement',
  'routeError.chunk.body':
    'Une partie de l’application n’a pas pu être téléchargée, sans doute parce qu’une nouvelle version a été publiée depuis l’ouverture de cette page. Rechargez la page pour l’obtenir ; rien de ce qui est enregistré dans ce navigateur n’est perdu.',
  'routeError.reload': 'Recharger la page',
  /** Between a label and what follows it: French puts a no-break space before the colon. */
  'punctuation.colon': '\u00a0: ',
  'nav.label': 'Principale',
  'nav.policy': 'Politique',
  'settings.label': 'Réglages d’affichage',
  'settings.language': 'Langue',
  'settings.theme': 'Thème',
  'language.en': 'English',
  'language.fr': 'Français',
  'theme.system': 'Système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',

  'notFound.documentTitle': 'Page introuvable · SLA Board',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Rien ne se trouve à cette adresse. Le lien est peut-être ancien ou mal saisi.',
  'notFound.back': 'Ouvrir la politique de support',

  'policy.documentTitle': 'Politique de support · SLA Board',
  'policy.title': 'Politique de support',
  'policy.intro':
    'Ce que promet chaque plan de support, en combien de temps et selon quelle horloge. Tout ce qui suit provient de la politique active.',
  'policy.activePolicy': 'Politique active : {name}',
  'policy.loading': 'Chargement de la politique…',
  'policy.error': 'Impossible de charger la politique.',
  'policy.toc': 'Sur cette page',

  'tiers.title': 'Plans de support',
  'tiers.intro':
    'Les plans se distinguent par la fermeté de leur promesse, et pas seulement par leur rapidité.',
  'tier.standard': 'Standard',
  'tier.premier': 'Premier',
  'tier.premier-assurance': 'Premier Assurance',
  'tier.premier-plus': 'Premier+',
  'tier.premier-elite': 'Premier Elite',
  'promise.target.name': 'Objectifs commerciaux',
  'promise.target.short': 'Objectif',
  'promise.slo.short': 'SLO',
  'promise.sla.short': 'SLA',
  'promise.target.description':
    'Des objectifs internes vers lesquels l’équipe travaille. Aucun délai n’est garanti pour un ticket donné.',
  'promise.slo.name': 'Objectif de niveau de service (SLO)',
  'promise.slo.description':
    'Un objectif annoncé pour chaque ticket, mesuré et suivi, sans crédit de service à la clé.',
  'promise.sla.name': 'Accord de niveau de service (SLA)',
  'promise.sla.description': 'Un engagement contractuel, assorti de crédits de service.',
  'promise.sla.committed':
    'Engagement avec crédits : {metrics}. Tous les autres délais sont des objectifs.',
  'promise.allObjectives': 'Tous les délais sont des objectifs.',

  'targets.title': 'Délais par priorité',
  'targets.intro':
    'Les plans aux délais identiques partagent une même ligne. Les durées sur l’horloge 24 h/24 courent jour et nuit, week-ends compris.',
  'targets.planHeader': 'Plan',
  'targets.caption': '{metric} : délai pour chaque plan et chaque priorité',
  'targets.tableLabel': 'Tableau {metric}',
  'metric.first-response.name': 'Première intervention',
  'metric.first-response.inSentence': 'première intervention',
  'metric.first-response.description':
    'Démarre à l’ouverture du ticket. Atteinte dès la première réponse visible par le client.',
  'metric.restoration.name': 'Rétablissement',
  'metric.restoration.inSentence': 'rétablissement',
  'metric.restoration.description':
    'Démarre à l’ouverture du ticket. Atteint dès que le service fonctionne de nouveau, grâce à un contournement ou à un correctif, ou à la résolution du ticket si elle survient avant.',
  'metric.update.name': 'Rythme des mises à jour',
  'metric.update.inSentence': 'rythme des mises à jour',
  'metric.update.description':
    'La fréquence à laquelle le client doit avoir des nouvelles du support jusqu’à la résolution. Chaque mise à jour visible, première intervention comprise, relance le décompte.',
  'metric.committedOn':
    'Engagement avec crédits de service pour {tiers} ; objectif pour les autres plans.',
  'metric.objectiveEverywhere': 'Un objectif pour tous les plans.',
  'metric.pausedWhile': 'S’arrête tant que {statuses}.',
  'metric.neverPaused': 'Ne s’arrête jamais.',
  'target.none.first-response': 'Aucun délai de première intervention',
  'target.none.restoration': 'Aucun délai de rétablissement',
  'target.none.update': 'Aucun rythme de mise à jour',
  'target.businessDaysOnly': 'Traité les jours ouvrés',
  'target.nextBusinessDay': 'Jour ouvré suivant',
  'target.nextBusinessDay.detail':
    'Avant la fermeture du premier jour ouvré qui suit le jour d’ouverture du ticket',
  'target.asAgreed': '{cadence}, ou selon accord',
  'target.asAgreed.detail': 'Un compte peut avoir son propre rythme convenu',
  'cadence.hourly': 'Toutes les heures',
  'cadence.everyHours': 'Toutes les {duration}',
  'cadence.daily': 'Tous les jours',
  'cadence.weekly.one': 'Une fois par semaine',
  'cadence.weekly.two': 'Deux fois par semaine',
  'cadence.weekly.other': '{count} fois par semaine',
  'cadence.every': 'Une fois par période de {duration}',
  'cadence.gap': 'Au plus {duration} d’écart',
  'clock.24x7': 'Horloge 24 h/24, 7 j/7',
  'clock.business': 'Heures ouvrées de la région',
  'clock.snap': 'Une échéance hors des heures d’ouverture passe à la prochaine ouverture',

  'rules.title': 'Fonctionnement des horloges',
  'rules.pausing.title': 'Suspension',
  'rules.pausing.paused':
    '{metric} : s’arrête tant que {statuses}, puis reprend là où il s’était arrêté.',
  'rules.pausing.never': '{metric} : ne s’arrête jamais.',
  'status.open': 'le ticket est ouvert',
  'status.waiting-on-customer': 'le ticket est en attente du client',
  'rules.atRisk.title': 'À risque',
  'rules.atRisk.body':
    'Un délai en cours est signalé « à risque » dès qu’il ne reste que {ratio} de son temps, ou moins.',
  'rules.priorityChange.title': 'Changement de priorité',
  'rules.priorityChange.from-change':
    'La nouvelle priorité s’applique à partir du changement : chaque délai en cours repart à cet instant, avec la durée de la nouvelle priorité.',
  'rules.priorityChange.from-start':
    'La nouvelle priorité s’applique comme si elle avait été choisie à l’ouverture : ses délais comptent depuis le début du ticket.',
  'rules.priorityChange.common':
    'Une mesure sans délai à la nouvelle priorité cesse d’être suivie. Le temps suspendu reste exclu, et un dépassement survenu avant le changement reste enregistré, compté une seule fois.',
  'rules.defaultPriority.title': 'Priorité par défaut',
  'rules.defaultPriority.body':
    'Un nouveau ticket est en {priority}, sauf si quelqu’un en choisit une autre.',
  'rules.credits.title': 'Crédits de service',
  'rules.credits.body':
    'Seul un délai de {metrics} manqué sur {tiers} ouvre droit à un crédit de service. Le tableau de bord compte ces dépassements ; il ne calcule aucun montant.',
  'rules.credits.none': 'Aucun plan de cette politique ne prévoit de crédits de service.',

  'priorities.title': 'Définitions des priorités',
  'priorities.intro':
    'Choisissez la priorité selon l’impact pour le client, et non selon l’insistance de la demande.',
  'priorities.definition': 'Quand l’utiliser',
  'priorities.examples': 'Exemples',
  'priorities.resources': 'Moyens',
  'priorities.default': 'Par défaut',
  'priorities.heading': '{priority} · {label}',
  'priority.P1.label': 'Urgent',
  'priority.P2.label': 'Haut',
  'priority.P3.label': 'Moyen',
  'priority.P4.label': 'Faible',
  'priority.P1.definition':
    'Le service est hors d’usage, totalement inaccessible ou fortement dégradé, ou une panne réseau, logicielle ou de communication avec le fournisseur a un impact critique sur l’activité, sans aucun contournement possible.',
  'priority.P1.examples':
    'Les services de transmission du fournisseur tombent en panne ; des équipes entières ne peuvent plus accomplir une tâche ; des fonctions du logiciel sont inaccessibles.',
  'priority.P1.phone': 'Signalez toujours un P1 par téléphone.',
  'priority.P1.exclusion':
    'Jamais P1 : un problème qui ne touche que le développement, une version bêta ou un usage hors production.',
  'priority.P1.resources':
    'Le fournisseur et le client mobilisent tous deux des personnes jour et nuit jusqu’à la résolution.',
  'priority.P2.definition':
    'Des parties importantes du service pâtissent de performances réseau insuffisantes ou d’autres problèmes logiciels. Le contournement est partiel, voire inexistant.',
  'priority.P2.resources':
    'Des moyens pendant les heures ouvrées de la région, et au-delà quand c’est raisonnablement nécessaire.',
  'priority.P3.definition':
    'Une question générale sur une fonctionnalité ou un ensemble de fonctionnalités. Le service continue de fonctionner normalement.',
  'priority.P3.resources':
    'Un effort raisonnable pendant les heures ouvrées de la région pour corriger ou contourner le problème.',
  'priority.P4.definition':
    'Une demande d’information ou de conseil : ce que permet le service, des recommandations précises d’installation ou de configuration, la documentation du produit. Couvre le développement, les logiciels et fonctionnalités bêta. Aucun impact sur l’activité.',
  'priority.P4.resources': 'Traitée pendant les heures ouvrées de la région.',

  'region.amer': 'Amériques',
  'region.emea': 'Europe, Moyen-Orient, Afrique',
  'region.apac': 'Asie-Pacifique',
  'calendars.title': 'Calendriers régionaux',
  'calendars.intro':
    'Les délais en heures ouvrées ne comptent que les heures d’ouverture de la région du ticket, dans son fuseau horaire.',
  'calendars.timeZone': 'Fuseau horaire',
  'calendars.openHours': 'Heures d’ouverture',
  'calendars.holidays': 'Jours fériés',
  'calendars.noHolidays': 'Aucun',
  'calendars.closed': 'Fermé',
  'calendars.dayRange': 'du {from} au {to}',
  'calendars.hoursRange': '{start}–{end}',
  'calendars.empty': 'Cette politique n’a aucun calendrier régional.',
} as const satisfies Messages;
