import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { useStateChangeAlerts } from '../alerts/use-state-change-alerts';
import type { BoardTicket } from '../model/board-ticket';

/** Changes are announced for this long after they happen, then the region empties. */
const ANNOUNCE_FOR_MS = 10_000;
/** More changes at once are summed up by the board itself; a reader hears the first few. */
const MAX_ANNOUNCED = 5;

interface StateAnnouncerProps {
  boards: readonly BoardTicket[];
  stateAtMs: number;
  nowMs: number;
}

/**
 * A visually hidden polite live region that says only state changes ("T-12 First response:
 * Breached"), never the ticking countdowns. It hears every change since the previous tick (two in
 * one second, or many after the tab slept) and nothing that happened before the board opened.
 */
export function StateAnnouncer({ boards, stateAtMs, nowMs }: StateAnnouncerProps) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState<{ text: string; atMs: number } | null>(null);
  useStateChangeAlerts(boards, stateAtMs, nowMs, (changes) => {
    const text = changes
      .slice(0, MAX_ANNOUNCED)
      .map((change) =>
        t('board.announce', {
          id: change.ticketId,
          metric: t(`metric.${change.metric}.name`),
          state: t(`metricState.${change.state}`),
        }),
      )
      .join('. ');
    setAnnouncement({ text, atMs: nowMs });
  });
  const isRecent = announcement !== null && nowMs - announcement.atMs < ANNOUNCE_FOR_MS;
  return (
    <div role="status" aria-live="polite" className="sr-only">
      {isRecent ? announcement.text : ''}
    </div>
  );
}
