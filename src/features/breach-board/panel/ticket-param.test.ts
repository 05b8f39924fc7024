import { describe, expect, it } from 'vitest';
import { ticketParam, withTicketParam } from './ticket-param';

describe('the ticket parameter', () => {
  it('reads the open ticket, ignoring a blank value', () => {
    expect(ticketParam(new URLSearchParams('state=paused&ticket=T-1'))).toBe('T-1');
    expect(ticketParam(new URLSearchParams('ticket=%20'))).toBeUndefined();
  });

  it('sets and removes the ticket, keeping the filters and the input as they were', () => {
    const params = new URLSearchParams('state=paused');
    expect(withTicketParam(params, 'T-1').toString()).toBe('state=paused&ticket=T-1');
    expect(withTicketParam(new URLSearchParams('q=x&ticket=T-1'), undefined).toString()).toBe(
      'q=x',
    );
    expect(params.toString()).toBe('state=paused');
  });
});
