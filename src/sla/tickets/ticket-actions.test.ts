import { describe, expect, it } from 'vitest';
import type { TicketAction, TicketState } from './ticket-action-types';
import { allowedTicketActions, checkTicketAction } from './ticket-actions';

const open: TicketState = {
  lifecycle: 'open',
  priority: 'P2',
  isRestored: false,
  hasReplied: false,
  lastEventAt: undefined,
};
const waiting: TicketState = { ...open, lifecycle: 'waiting-on-customer' };
const resolved: TicketState = { ...open, lifecycle: 'resolved', isRestored: true };

describe('checkTicketAction', () => {
  it('allows every state-changing action on an open ticket except resume and reopen', () => {
    const actions: TicketAction[] = [
      { type: 'reply', message: 'We are on it.' },
      { type: 'note', message: 'Logs attached.' },
      { type: 'wait-on-customer' },
      { type: 'change-priority', to: 'P1', reason: 'Production down' },
      { type: 'mark-restored' },
      { type: 'resolve' },
    ];
    for (const action of actions) expect(checkTicketAction(open, action)).toBeNull();
    expect(checkTicketAction(open, { type: 'resume' })).toBe('not-waiting');
    expect(checkTicketAction(open, { type: 'reopen' })).toBe('not-resolved');
  });

  it('refuses a reply, a wait, a resume, a priority change or a restore on a resolved ticket', () => {
    const actions: TicketAction[] = [
      { type: 'reply', message: 'Hello again' },
      { type: 'wait-on-customer' },
      { type: 'resume' },
      { type: 'change-priority', to: 'P1', reason: 'Worse' },
      { type: 'mark-restored' },
    ];
    for (const action of actions) {
      expect(checkTicketAction(resolved, action)).toBe('resolved-needs-reopen');
    }
  });

  it('keeps internal notes allowed on a resolved ticket, and reopening', () => {
    expect(checkTicketAction(resolved, { type: 'note', message: 'Post-mortem done' })).toBeNull();
    expect(checkTicketAction(resolved, { type: 'reopen' })).toBeNull();
    expect(checkTicketAction(resolved, { type: 'resolve' })).toBe('already-resolved');
  });

  it('resumes only a waiting ticket and refuses to wait twice', () => {
    expect(checkTicketAction(waiting, { type: 'resume' })).toBeNull();
    expect(checkTicketAction(waiting, { type: 'wait-on-customer' })).toBe('already-waiting');
  });

  it('allows replying, restoring and resolving while waiting on the customer', () => {
    expect(checkTicketAction(waiting, { type: 'reply', message: 'Any news?' })).toBeNull();
    expect(checkTicketAction(waiting, { type: 'mark-restored' })).toBeNull();
    expect(checkTicketAction(waiting, { type: 'resolve' })).toBeNull();
  });

  it('refuses empty or blank messages on replies and notes', () => {
    expect(checkTicketAction(open, { type: 'reply', message: '' })).toBe('empty-message');
    expect(checkTicketAction(open, { type: 'note', message: '  \n\t' })).toBe('empty-message');
    expect(checkTicketAction(resolved, { type: 'note', message: ' ' })).toBe('empty-message');
  });

  it('needs a different priority and a reason to change priority', () => {
    expect(checkTicketAction(open, { type: 'change-priority', to: 'P2', reason: 'x' })).toBe(
      'same-priority',
    );
    expect(checkTicketAction(open, { type: 'change-priority', to: 'P3', reason: ' ' })).toBe(
      'reason-required',
    );
  });

  it('restores a ticket only once', () => {
    const restored = { ...open, isRestored: true };
    expect(checkTicketAction(restored, { type: 'mark-restored' })).toBe('already-restored');
  });
});

describe('allowedTicketActions', () => {
  it('offers everything but resume and reopen on an open ticket', () => {
    expect(allowedTicketActions(open)).toEqual([
      'reply',
      'note',
      'wait-on-customer',
      'change-priority',
      'mark-restored',
      'resolve',
    ]);
  });

  it('offers resume instead of wait on a waiting ticket', () => {
    expect(allowedTicketActions(waiting)).toEqual([
      'reply',
      'note',
      'resume',
      'change-priority',
      'mark-restored',
      'resolve',
    ]);
  });

  it('offers only a note or a reopen on a resolved ticket', () => {
    expect(allowedTicketActions(resolved)).toEqual(['note', 'reopen']);
  });

  it('offers a priority change on a P1 ticket (to another priority)', () => {
    expect(allowedTicketActions({ ...open, priority: 'P1' })).toContain('change-priority');
  });
});
