import type { messagesPanelEn } from './messages-panel-en';

/**
 * French text of the same area; same keys as the English file. French typography: a no-break
 * space (U+00A0) between a number and its unit, and before « : ; ? ! ».
 */
export const messagesPanelFr = {
  'panel.details': 'Détails',
  'panel.detailsOf': 'Détails {id}',
  'panel.discardDraft': 'Fermer le panneau et perdre le texte pas encore envoyé\u00a0?',
  'panel.close': 'Fermer',
  'panel.label': 'Ticket {id}',
  'panel.notFound': 'Le ticket {id} n’existe plus dans les données. Il a peut-être été supprimé.',
  'panel.openPage': 'Ouvrir la page complète du ticket',
  'panel.facts': 'Informations',
  'panel.fact.id': 'Ticket',
  'panel.fact.title': 'Titre',
  'panel.fact.against': 'le tri recommandait {priority}',
  'panel.sla': 'Niveaux de service',
  'panel.sla.none':
    'La politique active n’a pas de calendrier pour la région de ce ticket\u00a0: aucune échéance.',
  'panel.metric.noTarget': 'Aucun objectif pour cet indicateur à cette priorité.',
  'panel.bar.start': 'Début {time}',
  'panel.bar.due': 'Échéance {time}',
  'panel.bar.dueIfResumed': 'Échéance {time} en cas de reprise maintenant',
  'panel.bar.met': '(Respecté le {time}.)',
  'panel.bar.summary': '{percent} du temps entre le début et l’échéance est écoulé.',
  'panel.bar.summaryMet': 'Respecté après {percent} du temps entre le début et l’échéance.',
  'panel.bar.summaryOverdue': 'Échéance dépassée de {duration}.',
  'panel.bar.pausedFor': 'En pause depuis {duration} au total.',
  'panel.bar.imageLabel': '{metric}\u00a0: {start}\u00a0; {due}. {summary}',
  'panel.legend.label': 'Légende',
  'panel.legend.counted': 'Compté',
  'panel.legend.closed': 'Fermé, non compté',
  'panel.legend.paused': 'En pause',
  'panel.legend.moved': 'Reporté à l’ouverture suivante',
  'panel.legend.elapsed': 'Écoulé',
  'panel.legend.overdue': 'En retard',
  'panel.legend.due': 'Échéance',
  'panel.legend.met': 'Respecté ici',
  'panel.why': 'Pourquoi cette échéance',
  'panel.why.target.duration': 'Objectif {priority}\u00a0: {duration} sur {clock}.',
  'panel.why.target.nextBusinessDay':
    'Objectif {priority}\u00a0: avant la fermeture du jour ouvré suivant ({duration} d’ouverture).',
  'panel.why.target.cadence':
    'Objectif {priority}\u00a0: une mise à jour toutes les {duration} sur {clock}.',
  'panel.why.cause.created': 'Compté depuis la création du ticket.',
  'panel.why.cause.update': 'Compté depuis la dernière mise à jour visible du client.',
  'panel.why.cause.reopened': 'Compté depuis la réouverture.',
  'panel.why.cause.from-change':
    'Compté depuis le changement de priorité\u00a0: la politique fait partir le nouvel objectif du changement.',
  'panel.why.cause.from-start':
    'Compté depuis la création\u00a0: la politique applique l’objectif de la nouvelle priorité depuis le début.',
  'panel.why.clock.24x7': 'l’horloge 24\u00a0h/24, 7\u00a0j/7',
  'panel.why.clock.business': 'les heures ouvrées de la région',
  'panel.ledger.label': '{metric}\u00a0: comment le temps a été compté',
  'panel.ledger.counted': 'Compté',
  'panel.ledger.notCounted': 'Non compté',
  'panel.ledger.regionTime': 'Heure de la région {region}\u00a0: {range}',
  'panel.ledger.rule.counted.24x7': 'compté\u00a0: l’horloge 24\u00a0h/24 ne s’arrête jamais',
  'panel.ledger.rule.counted.business': 'compté\u00a0: heures d’ouverture {hours} ({zone})',
  'panel.ledger.rule.paused': 'en pause\u00a0: en attente du client',
  'panel.ledger.rule.closed-hours': 'fermé\u00a0: en dehors des heures ouvrées {hours} ({zone})',
  'panel.ledger.rule.weekend': 'fermé\u00a0: week-end, {date}',
  'panel.ledger.rule.closed-day': 'fermé toute la journée\u00a0: pas d’heures ouvrées le {date}',
  'panel.ledger.rule.holiday': 'fermé\u00a0: jour férié, {date}',
  'panel.ledger.rule.moved-to-opening':
    'reporté à l’ouverture suivante\u00a0: l’objectif a expiré pendant la fermeture de la région',
  'panel.ledger.total': 'Total compté\u00a0: {total}. Objectif\u00a0: {target}.',
  'panel.timeline': 'Historique',
} as const satisfies Record<keyof typeof messagesPanelEn, string>;
