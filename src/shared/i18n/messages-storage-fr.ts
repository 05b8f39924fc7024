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
  'storage.error.unavailable':
    'Le stockage du navigateur est indisponible (mode privé ou stockage bloqué) : rien n’a été enregistré.',
  'storage.error.quota':
    'Le stockage du navigateur est plein : rien n’a été écrit. Libérez de la place, ou exportez puis supprimez d’anciennes données.',
  'storage.error.blocked':
    'La mise à jour est bloquée par un autre onglet SLA Board ouvert : fermez-le.',
  'storage.error.version':
    'Les données enregistrées appartiennent à une autre version de SLA Board : rechargez la page.',
  'storage.error.aborted': 'L’opération a été interrompue : rien n’a été écrit. Réessayez.',
  'storage.error.unknown': 'Le stockage a échoué pour une raison inconnue : rien n’a été écrit.',
  'storage.error.refused': 'La modification a été refusée ({problem}) : rien n’a été écrit.',
  'storage.error.missing': '{entity} {id} n’existe plus (supprimé dans un autre onglet ?).',
  'storage.error.unexpected': 'Erreur inattendue : {message}',
  'storage.entity.ticket': 'Le ticket',
  'storage.entity.account': 'Le compte',
  'storage.entity.policy': 'La politique',
} as const satisfies Record<keyof typeof messagesStorageEn, string>;
