import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardTicket } from '../model/board-ticket';
import { stateChangesAt } from '../model/state-changes';

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
 * Breached"), never the ticking countdowns.
 */
export function StateAnnouncer({ boards, stateAtMs, nowMs }: StateAnnouncerProps) {
  const { t } = useI18n();
  const text = useMemo(
    () =>
      stateChangesAt(boards, stateAtMs)
        .slice(0, MAX_ANNOUNCED)
        .map((change) =>
          t('board.announce', {
            id: change.ticketId,
            metric: t(`metric.${change.metric}.name`),
            state: t(`metricState.${change.state}`),
          }),
        )
        .join('. '),
    [boards, stateAtMs, t],
  );
  const isRecent = nowMs - stateAtMs < ANNOUNCE_FOR_MS;
  return (
    <div role="status" aria-live="polite" className="sr-only">
      {isRecent ? text : ''}
    </div>
  );
}
