import type { messagesTriageEn } from './messages-triage-en';

/** French text of the same area; same keys as the English file. */
export const messagesTriageFr = {
  'nav.triage': 'Triage',
  'triage.documentTitle': 'Quelle urgence ? · SLA Board',
  'triage.title': 'Quelle urgence ?',
  'triage.intro':
    'Répondez à quelques questions simples, une à la fois. Vous saurez ensuite quelle priorité choisir, pourquoi, ce que promet votre contrat de support et quoi faire ensuite.',
  'triage.loading': 'Chargement…',
  'triage.loadError': 'La politique de support n’a pas pu être chargée.',
  'triage.stepLabel': 'Question {number}',
  'triage.next': 'Suivant',
  'triage.back': 'Précédent',
  'triage.pickAnswer': 'Choisissez une réponse. « Je ne sais pas » convient aussi.',
  'triage.startOver': 'Recommencer',

  'triage.q.environment.title': 'Où le problème se produit-il ?',
  'triage.q.environment.explain':
    'Seul le service en production, dont les gens dépendent, peut être urgent ; les tests et les bêtas suivent leurs propres règles.',
  'triage.q.environment.examples':
    'Par exemple : le site de production utilisé par vos clients, une copie de préproduction, une fonction bêta que vous essayez.',
  'triage.q.environment.short': 'Environnement concerné',
  'triage.q.service-down.title':
    'Le service est-il arrêté, indisponible ou fortement dégradé, ou l’impact sur l’activité est-il critique ?',
  'triage.q.service-down.explain':
    'Il s’agit du service entier ou d’une partie vitale qui ne fonctionne plus, pas d’une page un peu lente.',
  'triage.q.service-down.examples':
    'Par exemple : les transmissions avec le fournisseur échouent, des équipes entières ne peuvent plus travailler, des fonctions du logiciel sont indisponibles.',
  'triage.q.service-down.short': 'Service arrêté ou impact critique',
  'triage.q.workaround.title': 'Pouvez-vous continuer à travailler en attendant ?',
  'triage.q.workaround.explain':
    'Un contournement est tout autre moyen de faire le travail pendant que le problème est corrigé.',
  'triage.q.workaround.examples':
    'Par exemple : une voie de secours pour les transmissions, une étape faite à la main, un autre écran qui fonctionne encore.',
  'triage.q.workaround.short': 'Contournement',
  'triage.q.degraded.title':
    'Des parties importantes du service souffrent-elles de lenteurs ou de problèmes logiciels ?',
  'triage.q.degraded.explain':
    'Le service tourne, mais quelque chose d’important fonctionne mal à cause des performances du réseau ou d’un défaut logiciel.',
  'triage.q.degraded.examples':
    'Par exemple : des écrans mettent des minutes à s’afficher, un rapport échoue sans cesse, des messages arrivent en retard.',
  'triage.q.degraded.short': 'Parties importantes dégradées',
  'triage.q.feature-question.title':
    'S’agit-il d’une question sur le fonctionnement d’une fonction ?',
  'triage.q.feature-question.explain':
    'Tout fonctionne normalement ; vous voulez comprendre ou utiliser une fonction ou un ensemble de fonctions.',
  'triage.q.feature-question.examples':
    'Par exemple : pourquoi un export omet certaines colonnes, comment deux réglages interagissent.',
  'triage.q.feature-question.short': 'Question sur une fonction',
  'triage.q.information.title':
    'S’agit-il d’une demande d’information, de conseil ou de documentation ?',
  'triage.q.information.explain':
    'Aucun impact sur l’activité : vous voulez savoir ce que permet le service ou comment l’installer.',
  'triage.q.information.examples':
    'Par exemple : un mode d’emploi, un conseil d’installation ou de configuration, l’emplacement de la documentation.',
  'triage.q.information.short': 'Information ou conseil',

  'triage.a.yes': 'Oui',
  'triage.a.no': 'Non',
  'triage.a.unsure': 'Je ne sais pas',
  'triage.a.environment.production': 'Production',
  'triage.a.environment.production.hint':
    'Le service réel qu’utilisent vos équipes et vos clients.',
  'triage.a.environment.development-or-beta': 'Développement ou bêta',
  'triage.a.environment.development-or-beta.hint':
    'Travaux de développement, logiciel bêta ou fonction bêta.',
  'triage.a.environment.other-non-production': 'Un autre environnement hors production',
  'triage.a.environment.other-non-production.hint':
    'Test, préproduction, formation ou toute autre copie qui n’est pas en service réel.',
  'triage.a.workaround.none': 'Non, aucun',
  'triage.a.workaround.partial': 'En partie : une partie du travail continue',
  'triage.a.workaround.full': 'Oui, le travail continue autrement',

  'triage.answers.title': 'Vos réponses',
  'triage.answers.change': 'Modifier',
  'triage.answers.changeLabel': 'Modifier votre réponse : {question}',

  'triage.result.heading': 'Priorité recommandée',
  'triage.result.priority': '{priority} · {label}',
  'triage.result.why': 'Pourquoi',
  'triage.result.definition': 'Ce que signifie {priority}',
  'triage.reason.development-or-beta':
    'Cela concerne du développement, un logiciel bêta ou une fonction bêta : c’est toujours un P4.',
  'triage.reason.service-down':
    'Le service est arrêté, indisponible ou fortement dégradé, ou l’impact sur l’activité est critique.',
  'triage.reason.no-workaround': 'Il n’existe aucun moyen de continuer à travailler en attendant.',
  'triage.reason.workaround-unknown':
    'Vous ne savez pas s’il existe un contournement : on fait comme s’il n’y en avait pas.',
  'triage.reason.workaround-exists': 'Le travail peut continuer autrement, au moins en partie.',
  'triage.reason.non-production-not-p1':
    'Ce n’est pas en production, donc ce ne peut pas être un P1 : au plus un P2.',
  'triage.reason.environment-unknown-not-p1':
    'Vous ne savez pas si la production est touchée, et seule la production peut justifier un P1 : P2 pour l’instant.',
  'triage.reason.degraded': 'Des parties importantes du service fonctionnent mal.',
  'triage.reason.feature-question': 'C’est une question sur une fonction ; le service fonctionne.',
  'triage.reason.information-request':
    'C’est une demande d’information, de conseil ou de documentation, sans impact sur l’activité.',
  'triage.reason.default-priority':
    'Aucune des situations ci-dessus ne s’applique avec certitude : la priorité par défaut de la politique s’applique.',

  'triage.phone.title': 'Signalez-le par téléphone maintenant',
  'triage.phone.body':
    'Un P1 doit être signalé par téléphone pour que quelqu’un s’en occupe tout de suite. Appelez le {phone}, puis enregistrez ou copiez le résumé ci-dessous.',
  'triage.phone.call': 'Appeler le',
  'triage.phone.missingTitle': 'Pas encore de numéro de téléphone du support',
  'triage.phone.missingBody':
    'Un P1 doit être signalé par téléphone, mais personne n’a encore saisi le numéro dans l’application. Un administrateur peut l’ajouter dans',
  'triage.phone.settingsLink': 'Réglages',
  'triage.notP1.title': 'Pourquoi ce ne peut pas être un P1',
  'triage.notP1.nonProduction':
    'Le P1 est réservé au service en production. Un impact sur le développement, une bêta ou un autre environnement hors production vaut au plus un P2, même s’il paraît grave.',
  'triage.notP1.unsure':
    'Si vous découvrez que la production est touchée, modifiez votre première réponse : sans contournement, ce serait un P1.',

  'triage.expect.title': 'À quoi vous attendre',
  'triage.expect.intro':
    'Choisissez votre contrat de support et votre région, ou un compte pour les remplir.',
  'triage.expect.accountHint':
    'Un compte fixe l’offre et la région\u00a0; choisir une autre offre ou une autre région le retire, pour qu’un ticket enregistré ait toujours ce qui est affiché ici.',
  'triage.expect.account': 'Compte (facultatif)',
  'triage.expect.noAccount': 'Aucun compte',
  'triage.expect.tier': 'Contrat de support',
  'triage.expect.region': 'Région',
  'triage.expect.listLabel': 'Objectifs pour un {priority} avec {tier}',
  'triage.expect.duration': 'sous {duration}',
  'triage.expect.nextBusinessDay': 'avant la fin du jour ouvré suivant',
  'triage.expect.cadence': '{cadence}',
  'triage.expect.asAgreed': '{cadence}, ou selon l’accord conclu',
  'triage.expect.none': 'pas d’objectif',
  'triage.expect.noneBusinessDays': 'pas d’objectif : traité les jours ouvrés',
  'triage.expect.kind.sla': 'Un engagement avec crédits de service',
  'triage.expect.kind.slo': 'Un objectif (SLO), sans crédits',
  'triage.expect.kind.target': 'Un objectif commercial, sans engagement',
  'triage.expect.clock.24x7': 'Compté jour et nuit, tous les jours',
  'triage.expect.clock.business': 'Compté en heures ouvrées : {region}',
  'triage.expect.resources': 'Qui fait quoi',

  'triage.save.title': 'L’enregistrer comme ticket',
  'triage.save.noAccount': 'Un ticket appartient à un compte, et il n’y en a encore aucun.',
  'triage.save.createAccount': 'Créer un compte',
  'triage.save.account': 'Compte : {name}',
  'triage.save.ticketTitle': 'Titre',
  'triage.save.ticketTitleHint': 'Quelques mots que l’équipe de support reconnaîtra.',
  'triage.save.description': 'Description (d’après vos réponses)',
  'triage.save.against':
    'Vous avez choisi {chosen}, contre la recommandation ({recommended}). Le ticket gardera les deux.',
  'triage.save.follows': 'Ce choix suit la recommandation ({recommended}).',
  'triage.save.submit': 'Enregistrer le ticket',
  'triage.save.submitting': 'Enregistrement…',
  'triage.save.errorAccount':
    'Choisissez le compte concerné par le ticket, dans « À quoi vous attendre » ci-dessus.',
  'triage.save.errorTitle': 'Donnez un titre au ticket.',
  'triage.save.failed': 'Le ticket n’a pas été enregistré :',
  'triage.save.done': 'Le ticket {id} est enregistré.',
  'triage.save.openTicket': 'Ouvrir le ticket {id}',
  'triage.save.openBoard': 'Le voir sur le tableau',

  'triage.copy.title': 'Ou copiez un résumé',
  'triage.copy.intro': 'Du texte brut à coller dans un e-mail ou un portail de support.',
  'triage.copy.button': 'Copier le résumé',
  'triage.copy.done': 'Résumé copié. Collez-le où vous voulez.',
  'triage.copy.refused':
    'Ce navigateur n’a pas autorisé la copie. Sélectionnez le texte ci-dessous et copiez-le vous-même.',
  'triage.copy.fallbackLabel': 'Résumé à copier',

  'triage.summary.heading': 'Résumé du triage',
  'triage.summary.priority': 'Priorité recommandée : {priority} ({label})',
  'triage.summary.answers': 'Réponses :',
  'triage.summary.why': 'Pourquoi :',
  'triage.summary.phone': 'P1 : à signaler par téléphone.',
} as const satisfies Record<keyof typeof messagesTriageEn, string>;
