/**
 * What the app keeps in IndexedDB, as stored (instants as epoch ms, JSON-safe values).
 * Changing a stored shape needs a schema version bump and an upgrade step (migrations.ts).
 */
import type { Policy, Priority, TicketLifecycle, TicketStatus, TierId } from '../sla';

export type { TicketLifecycle };

/** Who did something: a support agent's name, "customer", or "system" (imports, demo data). */
export type Author = string;

/** One appended event of a ticket: the engine's event model plus who and what. */
export type EventRecord = {
  /** Unique within the ticket, increasing: e.g. "e1", "e2"… */
  id: string;
  /** Epoch ms, from the app's clock service. */
  at: number;
  author: Author;
} & (
  | { type: 'reply'; message: string }
  | { type: 'note'; message: string }
  | { type: 'priority'; to: Priority; reason: string }
  | { type: 'status'; to: TicketStatus; message?: string }
  | { type: 'restored'; message?: string }
  | { type: 'resolved'; message?: string }
  | { type: 'reopened'; message?: string }
);

/** What the triage form recommended, when the ticket came from it. */
export interface TriageRecommendation {
  priority: Priority;
  /** Plain-language summary of the answers, in the language they were given. */
  summary: string;
}

export interface TicketRecord {
  /** Stable id, unique in the store, e.g. "T-2026-000123". */
  id: string;
  title: string;
  description: string;
  accountId: string;
  tier: TierId;
  /** The priority at creation (the current one follows from 'priority' events). */
  priority: Priority;
  /** A key of the active policy's calendars. */
  region: string;
  createdAt: number;
  /** Denormalised from the events for indexing and filtering; kept in step by every write. */
  status: TicketLifecycle;
  /** Denormalised current priority. */
  currentPriority: Priority;
  recommendation?: TriageRecommendation;
  /** In time order. */
  events: EventRecord[];
  /** Epoch ms of the last write, for cross-tab change detection and sorting. */
  updatedAt: number;
}

export interface AccountRecord {
  id: string;
  name: string;
  tier: TierId;
  region: string;
  /** "As agreed" update cadences in minutes, P1/P2 on Premier tiers only. */
  cadenceOverrides?: Partial<Record<'P1' | 'P2', number>>;
}

export type Language = 'en' | 'fr';
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SettingsRecord {
  /** Always 'settings': one row. */
  id: 'settings';
  language: Language;
  theme: ThemeChoice;
  /** The phone number customers call for P1; empty until an admin sets it. */
  p1Phone: string;
  /** 'default' for the built-in policy, or the id of a stored custom policy. */
  activePolicyId: string;
  /**
   * The agent's name, written as the author of their ticket actions. Optional in the stored
   * row (rows written before it existed lack it); reads fill in DEFAULT_SETTINGS.agentName.
   */
  agentName?: string;
  /** The breach board's opt-in alerts. Optional: rows stored before it existed lack it (all off). */
  alerts?: AlertPreferences;
}

/** Which alerts the breach board gives; each one is off until the user turns it on. */
export interface AlertPreferences {
  /** A browser notification when a ticket turns at-risk or breaches. */
  notifications: boolean;
  /** A short beep when a ticket breaches. */
  sound: boolean;
  /** The number of breached tickets in the tab title. */
  titleCount: boolean;
}

export interface PolicyRecord {
  id: string;
  policy: Policy;
  updatedAt: number;
}
