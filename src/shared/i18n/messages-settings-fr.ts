import type { messagesSettingsEn } from './messages-settings-en';

/** Texte français de l’écran /settings. */
export const messagesSettingsFr = {
  'nav.settings': 'Réglages',
  'settingsPage.documentTitle': 'Réglages · SLA Board',
  'settingsPage.title': 'Réglages',
  'settingsPage.intro':
    'Les réglages sont enregistrés dans ce navigateur avec les tickets et font partie de l’export JSON.',
  'settingsPage.loading': 'Chargement des réglages…',
  'settingsPage.team': 'Équipe',
  'settingsPage.display': 'Affichage',
  'settingsPage.p1Phone': 'Numéro de téléphone pour les incidents P1',
  'settingsPage.p1PhoneHelp':
    'Affiché aux clients sur le formulaire de tri quand leur problème est un P1, pour qu’ils appellent au lieu d’attendre une réponse. Laissez vide pour n’afficher aucun numéro.',
  'settingsPage.agentName': 'Votre nom',
  'settingsPage.agentNameHelp':
    'Inscrit comme auteur des réponses, notes et changements que vous faites sur les tickets.',
  'settingsPage.save': 'Enregistrer',
  'settingsPage.saved': 'Enregistré.',
  'settingsPage.saveFailed': 'Non enregistré : {reason}',
} as const satisfies Record<keyof typeof messagesSettingsEn, string>;
