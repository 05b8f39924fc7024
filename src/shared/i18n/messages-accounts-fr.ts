import type { messagesAccountsEn } from './messages-accounts-en';

/** French text of the accounts screen, with French typography (no-break space before « : ; »). */
export const messagesAccountsFr = {
  'nav.accounts': 'Comptes',

  'accounts.documentTitle': 'Comptes · SLA Board',
  'accounts.title': 'Comptes',
  'accounts.intro':
    'Les comptes clients fixent l’offre et la région de leurs nouveaux tickets. Modifier un compte ne change pas ses tickets existants.',
  'accounts.loading': 'Chargement des comptes…',
  'accounts.loadError': 'Impossible de charger les comptes.',
  'accounts.empty': 'Aucun compte pour l’instant. Créez le premier avec le formulaire.',
  'accounts.caption': 'Comptes ({count})',
  'accounts.col.name': 'Nom',
  'accounts.col.tier': 'Offre',
  'accounts.col.region': 'Région',
  'accounts.col.cadences': 'Fréquence de suivi convenue',
  'accounts.col.actions': 'Actions',
  'accounts.cadence.value': '{priority} : toutes les {duration}',
  'accounts.cadence.none': 'Celle de la politique',
  'accounts.edit': 'Modifier',
  'accounts.editLabel': 'Modifier {name}',
  'accounts.newTicket': 'Nouveau ticket',
  'accounts.form.createTitle': 'Nouveau compte',
  'accounts.form.editTitle': 'Modifier {name}',
  'accounts.form.name': 'Nom',
  'accounts.form.tier': 'Offre',
  'accounts.form.tierOption': '{tier} · {promise}',
  'accounts.form.region': 'Région',
  'accounts.form.regionOption': '{name} ({zone})',
  'accounts.form.cadences': 'Fréquences de suivi « convenues »',
  'accounts.form.cadencesHint':
    'Sur les offres dont la politique indique « ou selon accord », un compte peut avoir sa propre fréquence de suivi. Laissez vide pour appliquer celle de la politique.',
  'accounts.form.cadencesDisabled':
    'Indisponible pour cette offre : sa fréquence de suivi est fixée par la politique.',
  'accounts.form.cadence': 'Fréquence {priority}, en minutes',
  'accounts.form.cadencePolicy': 'Politique : {duration}',
  'accounts.form.create': 'Créer le compte',
  'accounts.form.save': 'Enregistrer',
  'accounts.form.cancel': 'Annuler',
  'accounts.form.saving': 'Enregistrement…',
  'accounts.form.created': 'Compte {name} créé.',
  'accounts.form.saved': 'Compte {name} enregistré.',
  'accounts.form.error.name': 'Donnez un nom au compte.',
  'accounts.form.error.region': 'Choisissez une région.',
  'accounts.form.error.cadence': 'Saisissez un nombre entier de minutes, au moins 1.',
  'accounts.form.failed': 'Non enregistré. {reason}',
} as const satisfies Record<keyof typeof messagesAccountsEn, string>;
