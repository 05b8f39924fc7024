import type { messagesDataEn } from './messages-data-en';

/** Texte français de l’écran /data (export, import, données de démonstration, stockage). */
export const messagesDataFr = {
  'nav.data': 'Données',
  'data.documentTitle': 'Données · SLA Board',
  'data.title': 'Données',
  'data.intro':
    'Tout est conservé dans ce navigateur. Sauvegardez, restaurez, reprenez les tickets d’un autre outil de support ou essayez le tableau avec des données de démonstration.',
  'data.working': 'En cours…',
  'data.bytes.unknown': 'inconnu',

  'data.export.title': 'Exporter',
  'data.export.intro':
    'Le fichier JSON contient tout (tickets et leur historique, comptes, réglages, politiques personnalisées) et peut être réimporté. Le fichier CSV liste les tickets avec leur état SLA à cet instant, pour un tableur.',
  'data.export.json': 'Tout exporter (JSON)',
  'data.export.csv': 'Exporter les tickets (CSV)',
  'data.export.done': '{file} téléchargé.',

  'data.importJson.title': 'Importer une sauvegarde (JSON)',
  'data.importJson.intro':
    'Restaurez un fichier exporté depuis SLA Board. Il est d’abord vérifié ; rien n’est écrit avant votre confirmation.',
  'data.importJson.file': 'Fichier de sauvegarde (.json)',
  'data.importJson.bad': 'Ce fichier ne peut pas être importé. Rien n’a été écrit.',
  'data.importJson.where': 'Où',
  'data.importJson.why': 'Pourquoi',
  'data.importJson.wholeFile': 'le fichier dans son ensemble',
  'data.importJson.summary':
    '{file} contient {tickets} tickets, {accounts} comptes et {policies} politiques personnalisées, exportés le {date}.',
  'data.importJson.settingsNote': 'L’import remplace aussi les réglages et la politique active.',
  'data.importJson.existing': 'Tickets dont l’identifiant existe déjà',
  'data.importJson.skip': 'Garder le ticket enregistré (ignorer celui du fichier)',
  'data.importJson.replace': 'Le remplacer par celui du fichier',
  'data.importJson.confirm': 'Importer',
  'data.importJson.cancel': 'Annuler',
  'data.importJson.done':
    'Import terminé. Tickets : {added} ajoutés, {replaced} remplacés, {skipped} ignorés. Comptes : {accounts}. Politiques personnalisées : {policies}.',
  'data.importJson.failed': 'L’import a échoué et rien n’a été écrit : {reason}',

  'data.csv.title': 'Importer des tickets d’un autre outil de support (CSV)',
  'data.csv.intro':
    'Choisissez un fichier CSV avec une ligne d’en-tête, indiquez quelle colonne contient quoi, vérifiez l’aperçu, puis importez. Les lignes en erreur sont écartées.',
  'data.csv.file': 'Fichier CSV',
  'data.csv.unreadable': 'Certaines lignes sont illisibles : ligne {row}, {message}.',
  'data.csv.empty': 'Ce fichier n’a aucune ligne sous son en-tête.',
  'data.csv.mapping': 'Quelle colonne contient chaque champ ?',
  'data.csv.notInFile': '(absent du fichier)',
  'data.csv.field.id': 'Identifiant du ticket',
  'data.csv.field.title': 'Titre',
  'data.csv.field.description': 'Description',
  'data.csv.field.createdAt': 'Créé le',
  'data.csv.field.priority': 'Priorité',
  'data.csv.field.account': 'Compte',
  'data.csv.field.tier': 'Plan de support',
  'data.csv.field.region': 'Région',
  'data.csv.field.firstReplyAt': 'Première réponse le',
  'data.csv.field.restoredAt': 'Rétabli le',
  'data.csv.field.resolvedAt': 'Résolu le',
  'data.csv.field.row': 'Ligne',
  'data.csv.preview': 'Aperçu des {count} premières lignes',
  'data.csv.totals': '{total} lignes dans le fichier ; {bad} en erreur seront écartées.',
  'data.csv.newAccounts': 'Comptes à créer : {names}.',
  'data.csv.rowNumber': 'Ligne',
  'data.csv.problems': 'Problèmes',
  'data.csv.ok': 'OK',
  'data.csv.import': 'Importer {count} tickets',
  'data.csv.done':
    '{added} tickets importés ; {skipped} existaient déjà et ont été conservés, {left} lignes en erreur écartées.',

  'data.demo.title': 'Données de démonstration',
  'data.demo.intro':
    'Des tickets réalistes sur tous les plans, priorités et régions : certains dans les délais, d’autres en dépassement, en pause ou proches d’une échéance. Les tickets déjà enregistrés sont conservés.',
  'data.demo.count': 'Nombre de tickets',
  'data.demo.load': 'Charger les données de démonstration',
  'data.demo.done': '{added} tickets de démonstration ajoutés ({skipped} étaient déjà là).',

  'data.storage.title': 'Stockage',
  'data.storage.used': 'Utilisé',
  'data.storage.usage': '{used} sur {quota}',
  'data.storage.persistence': 'Persistance',
  'data.storage.persisted':
    'Persistant : le navigateur conserve ces données même quand l’espace disque vient à manquer.',
  'data.storage.notPersisted':
    'Non persistant : le navigateur peut effacer ces données quand l’espace disque vient à manquer.',
  'data.storage.unknown': 'Ce navigateur ne le précise pas.',
  'data.storage.ask': 'Demander à conserver ces données',
  'data.storage.result.persisted': 'Le navigateur conservera ces données.',
  'data.storage.result.refused':
    'Le navigateur refuse pour l’instant. Il l’accorde aux sites souvent utilisés : réessayez plus tard ou ajoutez l’application à vos favoris.',
  'data.storage.result.unsupported':
    'Ce navigateur ne sait pas conserver les données de façon persistante.',
  'data.storage.loadFailed': 'Impossible de lire les chiffres du stockage.',
} as const satisfies Record<keyof typeof messagesDataEn, string>;
