import type { MessageKey } from '../../../shared/i18n/messages-en';
import type { Translate } from '../../../shared/i18n/translate';
import { formatList } from '../../../shared/format/format-list';
import type { BoardTicket } from '../model/board-ticket';
import type { StateChange } from '../model/state-changes';
import type { ChangeGroups } from './alert-changes';

/** A grouped notification names this many tickets at most. */
const MAX_NAMED = 6;

export interface AlertText {
  title: string;
  body: string;
  /** One notification per kind of change: a newer one replaces an older one still shown. */
  tag: string;
}

interface Keys {
  one: MessageKey;
  many: MessageKey;
  tag: string;
}

const KEYS: Record<keyof ChangeGroups, Keys> = {
  breached: {
    one: 'alerts.notify.breached.single',
    many: 'alerts.notify.breached.several',
    tag: 'sla-board-breached',
  },
  atRisk: {
    one: 'alerts.notify.atRisk.single',
    many: 'alerts.notify.atRisk.several',
    tag: 'sla-board-at-risk',
  },
};

function textFor(
  changes: readonly StateChange[],
  keys: Keys,
  titleOf: (id: string) => string,
  t: Translate,
  locale: string,
): AlertText {
  const [first] = changes;
  if (changes.length === 1 && first) {
    return {
      title: t(keys.one, { id: first.ticketId, metric: t(`metric.${first.metric}.name`) }),
      body: titleOf(first.ticketId),
      tag: keys.tag,
    };
  }
  const ids = changes.map((change) => change.ticketId);
  const number = new Intl.NumberFormat(locale);
  const named =
    ids.length > MAX_NAMED
      ? [
          ...ids.slice(0, MAX_NAMED),
          t('alerts.notify.more', { count: number.format(ids.length - MAX_NAMED) }),
        ]
      : ids;
  return {
    title: t(keys.many, { count: number.format(changes.length) }),
    body: formatList(named, locale),
    tag: keys.tag,
  };
}

/** The notifications for one step's changes: breaches first, then tickets turned at risk. */
export function alertTexts(
  groups: ChangeGroups,
  boards: readonly BoardTicket[],
  t: Translate,
  locale: string,
): AlertText[] {
  const titles = new Map(boards.map((board) => [board.ticket.id, board.ticket.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const texts: AlertText[] = [];
  for (const kind of ['breached', 'atRisk'] as const) {
    const changes = groups[kind];
    if (changes.length > 0) texts.push(textFor(changes, KEYS[kind], titleOf, t, locale));
  }
  return texts;
}
