import type { messagesWallboardEn } from './messages-wallboard-en';

/**
 * French text of the same area; same keys as the English file. French typography: a no-break
 * space (U+00A0) before « : ; ? ! » and between a number and its unit.
 */
export const messagesWallboardFr = {
  'wallboard.documentTitle': 'Écran mural · SLA Board',
  'wallboard.title': 'Tableau des échéances',
  'wallboard.open': 'Écran mural',
  'wallboard.open.hint': 'Afficher cette vue sur un écran mural',
  'wallboard.back': 'Retour au tableau',
  'wallboard.fullscreen.enter': 'Plein écran',
  'wallboard.fullscreen.leave': 'Quitter le plein écran',
  'wallboard.clock': 'Heure actuelle',
  'wallboard.summary.label': 'Totaux',
  'wallboard.list.label': 'Tickets les plus urgents',
  'wallboard.paging.label': 'Pagination',
  'wallboard.paging.pause': 'Suspendre le défilement',
  'wallboard.paging.previous': 'Page précédente',
  'wallboard.paging.next': 'Page suivante',
  'wallboard.page': 'Page {page} sur {count}',
  'wallboard.rows.range': 'Tickets {from} à {to} sur {total}',
  'wallboard.loading': 'Chargement de l’écran mural…',
  'wallboard.loadError':
    'L’écran mural n’a pas pu être chargé. Vérifiez le stockage de ce navigateur.',
  'wallboard.empty.title': 'Rien à risque',
  'wallboard.empty.body': 'Aucun ticket ouvert ne correspond à cette vue.',
  'wallboard.calm': 'Rien à risque pour le moment.',
  'wallboard.row.account': 'Compte',
  'wallboard.row.priority': 'Priorité',
  'wallboard.filtered': 'Vue filtrée',
  'wallboard.overdue': 'depuis {duration}',

  'alerts.toggle': 'Alertes',
  'alerts.onCount.one': '{count} activée',
  'alerts.onCount.other': '{count} activées',
  'alerts.legend': 'M’alerter',
  'alerts.notifications':
    'Notification du navigateur quand un ticket passe à risque ou en dépassement',
  'alerts.sound': 'Bref signal sonore quand un ticket dépasse son échéance',
  'alerts.titleCount': 'Nombre de tickets en dépassement dans le titre de l’onglet',
  'alerts.scope':
    'Les alertes suivent tous les tickets ouverts de ce navigateur, quels que soient les filtres.',
  'alerts.unsupported': 'Ce navigateur ne peut pas afficher de notifications.',
  'alerts.denied':
    'Le navigateur bloque les notifications de ce site. Autorisez-les dans les paramètres du site (l’icône à gauche de l’adresse), puis cochez de nouveau la case.',
  'alerts.dismissed':
    'Les notifications n’ont pas été autorisées. Cochez de nouveau la case pour que la question soit reposée.',
  'alerts.soundHint':
    'Le signal retentit dès que vous avez cliqué ou tapé au clavier sur cette page.',
  'alerts.title': '({count}) {title}',
  'alerts.notify.breached.single': '{id} en dépassement\u00a0: {metric}',
  'alerts.notify.atRisk.single': '{id} à risque\u00a0: {metric}',
  'alerts.notify.breached.several': '{count} tickets en dépassement',
  'alerts.notify.atRisk.several': '{count} tickets passés à risque',
  'alerts.notify.more': '{count} autres',
} as const satisfies Record<keyof typeof messagesWallboardEn, string>;
