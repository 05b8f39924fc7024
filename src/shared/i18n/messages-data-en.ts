/** English text of the /data screen (export, import, demo data, storage). */
export const messagesDataEn = {
  'nav.data': 'Data',
  'data.documentTitle': 'Data · SLA Board',
  'data.title': 'Data',
  'data.intro':
    'Everything lives in this browser. Back it up, restore it, bring tickets over from another helpdesk, or try the board with demo data.',
  'data.working': 'Working…',
  'data.bytes.unknown': 'unknown',

  'data.export.title': 'Export',
  'data.export.intro':
    'The JSON file holds everything (tickets with their history, accounts, settings, custom policies) and can be imported again. The CSV file lists tickets with their SLA state right now, for spreadsheets.',
  'data.export.json': 'Export everything (JSON)',
  'data.export.csv': 'Export tickets (CSV)',
  'data.export.done': 'Downloaded {file}.',

  'data.importJson.title': 'Import a backup (JSON)',
  'data.importJson.intro':
    'Restore a file exported from SLA Board. It is checked first; nothing is written until you confirm.',
  'data.importJson.file': 'Backup file (.json)',
  'data.importJson.bad': 'This file can’t be imported. Nothing was written.',
  'data.importJson.where': 'Where',
  'data.importJson.why': 'Why',
  'data.importJson.wholeFile': 'the file as a whole',
  'data.importJson.summary':
    '{file} holds {tickets} tickets, {accounts} accounts and {policies} custom policies, exported on {date}.',
  'data.importJson.settingsNote': 'Importing also replaces the settings and the active policy.',
  'data.importJson.existing': 'Tickets whose id is already stored',
  'data.importJson.skip': 'Keep the stored ticket (skip the file’s)',
  'data.importJson.replace': 'Replace it with the file’s ticket',
  'data.importJson.confirm': 'Import',
  'data.importJson.cancel': 'Cancel',
  'data.importJson.done':
    'Imported. Tickets: {added} added, {replaced} replaced, {skipped} skipped. Accounts: {accounts}. Custom policies: {policies}.',
  'data.importJson.failed': 'The import failed and nothing was written: {reason}',

  'data.csv.title': 'Import tickets from another helpdesk (CSV)',
  'data.csv.intro':
    'Pick a CSV file with a header row, say which column holds what, check the preview, then import. Rows with problems are left out.',
  'data.csv.file': 'CSV file',
  'data.csv.unreadable': 'Some lines could not be read: line {row}, {message}.',
  'data.csv.empty': 'This file has no rows under its header.',
  'data.csv.mapping': 'Which column holds each field?',
  'data.csv.notInFile': '(not in the file)',
  'data.csv.field.id': 'Ticket id',
  'data.csv.field.title': 'Title',
  'data.csv.field.description': 'Description',
  'data.csv.field.createdAt': 'Created at',
  'data.csv.field.priority': 'Priority',
  'data.csv.field.account': 'Account',
  'data.csv.field.tier': 'Support plan (tier)',
  'data.csv.field.region': 'Region',
  'data.csv.field.firstReplyAt': 'First reply at',
  'data.csv.field.restoredAt': 'Restored at',
  'data.csv.field.resolvedAt': 'Resolved at',
  'data.csv.field.row': 'Row',
  'data.csv.preview': 'Preview of the first {count} rows',
  'data.csv.totals': '{total} rows in the file; {bad} with problems will be left out.',
  'data.csv.newAccounts': 'Accounts to create: {names}.',
  'data.csv.rowNumber': 'Line',
  'data.csv.problems': 'Problems',
  'data.csv.ok': 'OK',
  'data.csv.import': 'Import {count} tickets',
  'data.csv.done':
    'Imported {added} tickets; {skipped} were already stored and kept, {left} rows with problems left out.',

  'data.demo.title': 'Demo data',
  'data.demo.intro':
    'Realistic tickets across every plan, priority and region: some met, some breached, some paused, some close to a deadline. Tickets already stored are kept.',
  'data.demo.count': 'How many tickets',
  'data.demo.load': 'Load demo data',
  'data.demo.done': '{added} demo tickets added ({skipped} were already there).',

  'data.storage.title': 'Storage',
  'data.storage.used': 'Used',
  'data.storage.usage': '{used} of {quota}',
  'data.storage.persistence': 'Persistence',
  'data.storage.persisted':
    'Persistent: the browser keeps this data even when disk space runs low.',
  'data.storage.notPersisted':
    'Not persistent: the browser may clear this data when disk space runs low.',
  'data.storage.unknown': 'This browser does not say.',
  'data.storage.ask': 'Ask to keep this data',
  'data.storage.result.persisted': 'The browser will keep this data.',
  'data.storage.result.refused':
    'The browser declined for now. Browsers grant this to sites you use often; try again later, or bookmark the app.',
  'data.storage.result.unsupported': 'This browser cannot keep data persistently.',
  'data.storage.loadFailed': 'The storage figures could not be read.',
} as const;
