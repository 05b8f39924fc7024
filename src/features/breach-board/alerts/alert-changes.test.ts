import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../sla';
import { createTranslate } from '../../../shared/i18n/translate';
import { messagesEn } from '../../../shared/i18n/messages-en';
import { messagesFr } from '../../../shared/i18n/messages-fr';
import { testAccount, testTicket } from '../board-test-tickets';
import { buildBoardTickets } from '../model/board-ticket';
import { groupChanges, stateChangesBetween } from './alert-changes';
import { alertTexts } from './alert-texts';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const MIN = 60_000;
const accounts = new Map([[testAccount.id, testAccount]]);

/** Premier+ P1 tickets: first response at risk 45 min after creation, breached after 1 h. */
const boardsAt = (createdAts: readonly number[]) =>
  buildBoardTickets(
    createdAts.map((createdAt, n) => testTicket({ id: `T-${String(n + 1)}`, createdAt })),
    accounts,
    defaultPolicy,
    T0,
  );

describe('state changes for alerts', () => {
  it('finds each change once, at the tick that crosses it', () => {
    const boards = boardsAt([T0]);
    expect(stateChangesBetween(boards, T0 + 44 * MIN, T0 + 45 * MIN - 1)).toEqual([]);
    // First response and the update cadence share their instants here.
    expect(stateChangesBetween(boards, T0 + 45 * MIN - 1, T0 + 45 * MIN)).toEqual([
      { ticketId: 'T-1', metric: 'first-response', state: 'at-risk' },
      { ticketId: 'T-1', metric: 'update', state: 'at-risk' },
    ]);
    expect(stateChangesBetween(boards, T0 + 45 * MIN, T0 + 46 * MIN)).toEqual([]);
    expect(stateChangesBetween(boards, T0 + 60 * MIN - 1, T0 + 60 * MIN)).toEqual([]);
    expect(stateChangesBetween(boards, T0 + 60 * MIN, T0 + 60 * MIN + 1000)).toEqual([
      { ticketId: 'T-1', metric: 'first-response', state: 'breached' },
      { ticketId: 'T-1', metric: 'update', state: 'breached' },
    ]);
  });

  it('sees every change of a long step, as a background tab ticks', () => {
    const boards = boardsAt([T0, T0 + 20 * 1000]);
    const changes = stateChangesBetween(boards, T0 + 59 * MIN, T0 + 61 * MIN);
    expect(groupChanges(changes).breached.map((change) => change.ticketId)).toEqual(['T-1', 'T-2']);
  });

  it('groups many tickets changing at once into one notification per kind', () => {
    const boards = boardsAt([T0, T0, T0, T0 - 15 * MIN]);
    // T-4 turned at risk and breached before this step: it is not news.
    const changes = stateChangesBetween(boards, T0 + 46 * MIN, T0 + 60 * MIN + 1000);
    const groups = groupChanges(changes);
    expect(groups.breached.map((change) => change.ticketId)).toEqual(['T-1', 'T-2', 'T-3']);
    expect(groups.atRisk).toEqual([]);
    expect(alertTexts(groups, boards, createTranslate(messagesEn), 'en')).toEqual([
      { title: '3 tickets breached', body: 'T-1, T-2, and T-3', tag: 'sla-board-breached' },
    ]);
    const fr = alertTexts(groups, boards, createTranslate(messagesFr), 'fr');
    expect(fr[0]?.title).toBe('3 tickets en dépassement');
  });

  it('names a single ticket with its title', () => {
    const boards = boardsAt([T0]);
    const groups = groupChanges(stateChangesBetween(boards, T0, T0 + 45 * MIN));
    expect(alertTexts(groups, boards, createTranslate(messagesFr), 'fr')).toEqual([
      {
        title: 'T-1 à risque\u00a0: Première intervention',
        body: 'Ticket T-1',
        tag: 'sla-board-at-risk',
      },
    ]);
  });
});
