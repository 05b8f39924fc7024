import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardFilters } from '../model/board-filters';
import type { BoardTicket } from '../model/board-ticket';
import { buildBoardView } from '../model/board-view';
import { alertTexts } from './alert-texts';
import { groupChanges } from './alert-changes';
import { AlertsControl } from './alerts-control';
import { notify } from './notifications';
import { useAlertPreferences } from './use-alert-preferences';
import { useBeeper } from './use-beeper';
import { useStateChangeAlerts } from './use-state-change-alerts';

/** Alerts watch every open ticket, whatever the board's filters. */
const ALL_OPEN: BoardFilters = { showClosed: false };

interface BoardAlertsProps {
  boards: readonly BoardTicket[];
  /** The board's state instant (see stateInstant). */
  stateAtMs: number;
  nowMs: number;
}

/**
 * The board's opt-in alerts: the "Alerts" control, and, as chosen, a notification and a beep when
 * tickets turn at risk or breach, and the number of breached tickets in the tab title. Changes
 * come from the board's own state instant: nothing is scanned between state changes.
 */
export function BoardAlerts({ boards, stateAtMs, nowMs }: BoardAlertsProps) {
  const { t, locale } = useI18n();
  const { alerts, update } = useAlertPreferences();
  const beeper = useBeeper(alerts.sound);
  useStateChangeAlerts(boards, stateAtMs, nowMs, (changes) => {
    const groups = groupChanges(changes);
    if (alerts.notifications) {
      for (const text of alertTexts(groups, boards, t, locale)) {
        // A tag of its own: a reused tag would replace an older notification without a sound.
        notify(text.title, text.body, `${text.tag}-${String(nowMs)}`);
      }
    }
    if (alerts.sound && groups.breached.length > 0) beeper.beep();
  });
  const breached = useMemo(
    () => (alerts.titleCount ? buildBoardView(boards, ALL_OPEN, stateAtMs).summary.breached : 0),
    [alerts.titleCount, boards, stateAtMs],
  );
  return (
    <>
      {breached > 0 ? (
        <title>
          {t('alerts.title', {
            count: new Intl.NumberFormat(locale).format(breached),
            title: t('board.documentTitle'),
          })}
        </title>
      ) : null}
      <AlertsControl alerts={alerts} onChange={update} beeper={beeper} />
    </>
  );
}
