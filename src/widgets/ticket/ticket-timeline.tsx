import type { EventRecord, TicketRecord } from '../../queries/data-types';
import type { Priority } from '../../sla';
import type { Translate } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/use-i18n';

interface TimelineEntry {
  id: string;
  at: number;
  author: string | undefined;
  what: string;
  text: string | undefined;
  kind: EventRecord['type'] | 'created';
}

function describeEvent(
  event: EventRecord,
  previous: Priority,
  t: Translate,
): [string, string | undefined] {
  switch (event.type) {
    case 'reply':
    case 'note':
      return [t(`ticket.event.${event.type}`), event.message];
    case 'priority':
      return [
        t('ticket.event.priority', { from: previous, to: event.to }),
        t('ticket.event.reason', { reason: event.reason }),
      ];
    case 'status':
      return [t(`ticket.event.status.${event.to}`), event.message];
    case 'restored':
    case 'resolved':
    case 'reopened':
      return [t(`ticket.event.${event.type}`), event.message];
  }
}

function timelineOf(ticket: TicketRecord, t: Translate): TimelineEntry[] {
  let priority = ticket.priority;
  const entries: TimelineEntry[] = [
    {
      id: 'created',
      at: ticket.createdAt,
      author: undefined,
      what: t('ticket.timeline.created', { priority }),
      text: undefined,
      kind: 'created',
    },
  ];
  for (const event of ticket.events) {
    const [what, text] = describeEvent(event, priority, t);
    if (event.type === 'priority') priority = event.to;
    entries.push({
      id: event.id,
      at: event.at,
      author: event.author,
      what,
      text,
      kind: event.type,
    });
  }
  return entries;
}

const MARKS: Partial<Record<TimelineEntry['kind'], string>> = {
  reply: 'border-indigo-600 dark:border-indigo-300',
  note: 'border-dashed border-slate-500',
  priority: 'border-amber-600 dark:border-amber-400',
};

/** Every event of the ticket, oldest first: who, when, what. */
export function TicketTimeline({
  ticket,
  formatDateTime,
}: {
  ticket: TicketRecord;
  formatDateTime: (ms: number) => string;
}) {
  const { t } = useI18n();
  const entries = timelineOf(ticket, t);
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={`border-l-4 py-1 pl-3 ${MARKS[entry.kind] ?? 'border-slate-300 dark:border-slate-600'}`}
        >
          <p className="font-semibold">{entry.what}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <time dateTime={new Date(entry.at).toISOString()}>
              {entry.author === undefined
                ? formatDateTime(entry.at)
                : t('ticket.event.by', { author: entry.author, time: formatDateTime(entry.at) })}
            </time>
          </p>
          {entry.text !== undefined && entry.text !== '' && (
            <p className="mt-1 whitespace-pre-wrap">{entry.text}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
