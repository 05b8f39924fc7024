/**
 * The export file, version 1 (docs/export-format.md): its zod schema, and the conversion from
 * stored records to the file. Instants are ISO 8601 with an offset in the file and epoch ms in
 * records; a ticket's status and current priority are not in the file (they follow from its
 * events and are recomputed on import).
 *
 * DO NOT CHANGE the shape of version 1: add a version 2 with a conversion from 1.
 */
import * as z from 'zod/mini';
import { policySchema, prioritySchema, ticketStatusSchema, tierIdSchema } from './policy-schema';
import type {
  AccountRecord,
  EventRecord,
  PolicyRecord,
  SettingsRecord,
  TicketRecord,
} from './records';

export const EXPORT_FORMAT = 'sla-board-export';
export const EXPORT_VERSION = 1;

/** Everything an export holds, as records. */
export interface ExportData {
  /** Epoch ms: when the file was written. */
  exportedAt: number;
  settings: SettingsRecord;
  policies: PolicyRecord[];
  accounts: AccountRecord[];
  tickets: TicketRecord[];
}

/** ISO 8601 with seconds and an offset (`Z` or `±hh:mm`) in the file → epoch ms. */
const instantSchema = z.pipe(
  z.iso.datetime({ offset: true }),
  z.transform((text: string) => Date.parse(text)),
);
const idSchema = z.string().check(z.minLength(1));
const textSchema = z.string();

const eventBase = { id: idSchema, at: instantSchema, author: z.string().check(z.minLength(1)) };
const optionalMessage = z.optional(textSchema);

export const eventSchema = z.discriminatedUnion('type', [
  z.object({ ...eventBase, type: z.literal('reply'), message: textSchema }),
  z.object({ ...eventBase, type: z.literal('note'), message: textSchema }),
  z.object({ ...eventBase, type: z.literal('priority'), to: prioritySchema, reason: textSchema }),
  z.object({
    ...eventBase,
    type: z.literal('status'),
    to: ticketStatusSchema,
    message: optionalMessage,
  }),
  z.object({ ...eventBase, type: z.literal('restored'), message: optionalMessage }),
  z.object({ ...eventBase, type: z.literal('resolved'), message: optionalMessage }),
  z.object({ ...eventBase, type: z.literal('reopened'), message: optionalMessage }),
]);

export const ticketSchema = z.object({
  id: idSchema,
  title: z.string().check(z.minLength(1)),
  description: textSchema,
  accountId: idSchema,
  tier: tierIdSchema,
  priority: prioritySchema,
  region: idSchema,
  createdAt: instantSchema,
  recommendation: z.optional(z.object({ priority: prioritySchema, summary: textSchema })),
  events: z.array(eventSchema),
  updatedAt: instantSchema,
});

const minutesSchema = z.number().check(z.int(), z.positive());

export const accountSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  tier: tierIdSchema,
  region: idSchema,
  cadenceOverrides: z.optional(
    z.object({ P1: z.optional(minutesSchema), P2: z.optional(minutesSchema) }),
  ),
});

export const settingsSchema = z.object({
  language: z.enum(['en', 'fr']),
  theme: z.enum(['system', 'light', 'dark']),
  p1Phone: textSchema,
  activePolicyId: idSchema,
  /** Optional: files written before it existed lack it (the default applies). */
  agentName: z.optional(textSchema),
  /** Optional: the board's alerts; files written before it existed lack it (all off). */
  alerts: z.optional(
    z.object({ notifications: z.boolean(), sound: z.boolean(), titleCount: z.boolean() }),
  ),
});

export const policyEntrySchema = z.object({ updatedAt: instantSchema, policy: policySchema });

/** The file header alone, checked first so a wrong file gets one clear message. */
export const exportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
});

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instantSchema,
  settings: settingsSchema,
  policies: z.array(policyEntrySchema),
  accounts: z.array(accountSchema),
  tickets: z.array(ticketSchema),
});

/** The file as JSON (instants as ISO strings). */
export type ExportFile = z.input<typeof exportFileSchema>;
/** The file after parsing (instants as epoch ms), before cross-checks. */
export type ParsedExportFile = z.output<typeof exportFileSchema>;

/** An instant as the file writes it: UTC, millisecond precision. */
export function toIsoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

type FileTicket = ExportFile['tickets'][number];
type FileEvent = FileTicket['events'][number];

function toFileEvent(event: EventRecord): FileEvent {
  return { ...event, at: toIsoInstant(event.at) };
}

function toFileTicket(ticket: TicketRecord): FileTicket {
  const file: FileTicket = {
    id: ticket.id,
    title: ticket.title,
    description: ticket.description,
    accountId: ticket.accountId,
    tier: ticket.tier,
    priority: ticket.priority,
    region: ticket.region,
    createdAt: toIsoInstant(ticket.createdAt),
    events: ticket.events.map(toFileEvent),
    updatedAt: toIsoInstant(ticket.updatedAt),
  };
  if (ticket.recommendation) file.recommendation = { ...ticket.recommendation };
  return file;
}

/** Records → the file object (JSON-ready). */
export function toExportFile(data: ExportData): ExportFile {
  const { language, theme, p1Phone, activePolicyId, agentName, alerts } = data.settings;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: toIsoInstant(data.exportedAt),
    settings: {
      language,
      theme,
      p1Phone,
      activePolicyId,
      ...(agentName === undefined ? {} : { agentName }),
      ...(alerts === undefined ? {} : { alerts: { ...alerts } }),
    },
    policies: data.policies.map((entry) => ({
      updatedAt: toIsoInstant(entry.updatedAt),
      policy: entry.policy,
    })),
    accounts: data.accounts.map((account) => ({ ...account })),
    tickets: data.tickets.map(toFileTicket),
  };
}

/** Records → the file's text, compact (no indentation): 100,000 tickets stay a manageable file. */
export function serializeExport(data: ExportData): string {
  return JSON.stringify(toExportFile(data));
}
