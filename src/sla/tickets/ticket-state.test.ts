import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy/default-policy';
import { evaluateTicket } from '../timer/evaluate-ticket';
import { eventsForAction } from './events-for-action';
import type { StoredTicketEvent, TicketAction } from './ticket-action-types';
import { ticketState } from './ticket-state';
import { toEngineEvents } from './to-engine-events';

const T0 = Date.parse('2026-03-10T10:00:00+01:00');
const MINUTE = 60_000;

/** Applies actions in turn, one minute apart, as the repository does. */
function replay(actions: TicketAction[]): StoredTicketEvent[] {
  const events: StoredTicketEvent[] = [];
  actions.forEach((action, index) => {
    const state = ticketState({ priority: 'P2', events });
    events.push(...eventsForAction(state, action, T0 + (index + 1) * MINUTE));
  });
  return events;
}

describe('ticketState', () => {
  it('starts open at the creation priority with nothing met', () => {
    expect(ticketState({ priority: 'P3', events: [] })).toEqual({
      lifecycle: 'open',
      priority: 'P3',
      isRestored: false,
      hasReplied: false,
      lastEventAt: undefined,
    });
  });

  it('follows waits, resumes, priority changes, resolution and reopening', () => {
    const events = replay([
      { type: 'reply', message: 'Looking' },
      { type: 'wait-on-customer' },
      { type: 'change-priority', to: 'P1', reason: 'Outage' },
    ]);
    expect(ticketState({ priority: 'P2', events })).toMatchObject({
      lifecycle: 'waiting-on-customer',
      priority: 'P1',
      hasReplied: true,
      lastEventAt: T0 + 3 * MINUTE,
    });
    const later = [...events, ...replay([{ type: 'resolve' }]).map((e) => ({ ...e, at: T0 + 9 }))];
    expect(ticketState({ priority: 'P2', events: later })).toMatchObject({
      lifecycle: 'resolved',
      isRestored: true,
    });
    const reopened: StoredTicketEvent[] = [...later, { type: 'reopened', at: T0 + 10 }];
    expect(ticketState({ priority: 'P2', events: reopened }).lifecycle).toBe('open');
  });

  it('counts a restore as restoration, once', () => {
    const events = replay([{ type: 'mark-restored' }]);
    expect(ticketState({ priority: 'P2', events }).isRestored).toBe(true);
  });
});

describe('eventsForAction', () => {
  it('appends one event at the given instant for each action', () => {
    const state = ticketState({ priority: 'P2', events: [] });
    expect(eventsForAction(state, { type: 'change-priority', to: 'P1', reason: 'x' }, 5)).toEqual([
      { type: 'priority', at: 5, to: 'P1' },
    ]);
    expect(eventsForAction(state, { type: 'wait-on-customer' }, 6)).toEqual([
      { type: 'status', at: 6, to: 'waiting-on-customer' },
    ]);
  });

  it('ends the wait when a waiting ticket is resolved, so a reopen is not paused', () => {
    const events = replay([{ type: 'wait-on-customer' }, { type: 'resolve' }, { type: 'reopen' }]);
    expect(events.map((event) => event.type)).toEqual(['status', 'status', 'resolved', 'reopened']);
    const now = new Date(T0 + 10 * MINUTE);
    const facts = {
      tier: 'premier' as const,
      priority: 'P2' as const,
      region: 'emea',
      createdAt: new Date(T0),
    };
    const update = evaluateTicket({ ...facts, events: toEngineEvents(events) }, defaultPolicy, now);
    expect(update[2]?.state).not.toBe('paused');
  });
});

describe('toEngineEvents', () => {
  it('turns epoch ms into Dates and keeps only what the engine reads', () => {
    const stored = [
      { type: 'reply', at: T0, message: 'hi', author: 'ana', id: 'e1' },
      { type: 'priority', at: T0 + 1, to: 'P1', reason: 'x' },
      { type: 'status', at: T0 + 2, to: 'waiting-on-customer' },
    ] as const;
    expect(toEngineEvents(stored)).toEqual([
      { type: 'reply', at: new Date(T0) },
      { type: 'priority', at: new Date(T0 + 1), to: 'P1' },
      { type: 'status', at: new Date(T0 + 2), to: 'waiting-on-customer' },
    ]);
  });
});
