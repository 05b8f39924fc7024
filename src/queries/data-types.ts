/**
 * The stored shapes features read, re-exported as types only: features may not import src/db.
 */
export type {
  AccountRecord,
  AlertPreferences,
  Author,
  EventRecord,
  Language,
  PolicyRecord,
  SettingsRecord,
  ThemeChoice,
  TicketRecord,
  TriageRecommendation,
} from '../db/records';
