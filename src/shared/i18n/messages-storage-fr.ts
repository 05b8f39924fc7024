import type { messagesStorageEn } from './messages-storage-en';

/** Texte français des problèmes de stockage : bandeaux et avis d’échec en arrière-plan. */
export const messagesStorageFr = {
  'storage.banner.blocked':
    'Un autre onglet garde ouverte une ancienne version de SLA Board : celui-ci ne peut pas mettre à jour ses données. Fermez les autres onglets SLA Board.',
  'storage.banner.outdated':
    'Cet onglet n’est plus à jour : SLA Board a été mis à jour dans un autre onglet. Rechargez pour continuer.',
  'storage.banner.reload': 'Recharger',
  'storage.banner.failed':
    'Le stockage est indisponible dans ce mode de navigation (fenêtre privée ?) : rien ne peut être enregistré.',
  'storage.toast.label': 'Avis',
  'storage.toast.title': 'Un problème est survenu en arrière-plan',
  'storage.toast.dismiss': 'Fermer',
} as const satisfies Record<keyof typeof messagesStorageEn, string>;
