import { useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDataError } from './data-errors';
import { useCreateTicket, useTicketAction } from './ticket-mutations';
import { ticketKeys, ticketQueries } from './ticket-queries';
import { createTestData, T0, type TestData } from './test-query-client';

let data: TestData;
beforeEach(async () => {
  data = createTestData('tickets');
  await data.source.accounts.createAccount({
    id: 'acme',
    name: 'Acme',
    tier: 'premier',
    region: 'emea',
  });
});
afterEach(() => data.cleanup());

const input = { accountId: 'acme', title: 'VPN down', description: '', priority: 'P2' as const };

describe('ticketKeys', () => {
  it('nests every ticket key under one root, from generic to specific', () => {
    expect(ticketKeys.list({ status: 'open' })).toEqual(['tickets', 'list', { status: 'open' }]);
    expect(ticketKeys.detail('T-1')).toEqual(['tickets', 'detail', 'T-1']);
    expect(ticketQueries.list().queryKey).toEqual(['tickets', 'list', {}]);
  });
});

describe('ticket queries and mutations', () => {
  it('creates a ticket at the clock’s now and shows it in the list', async () => {
    const { result } = renderHook(
      () => ({ list: useQuery(ticketQueries.list()), create: useCreateTicket() }),
      { wrapper: data.wrapper },
    );
    await waitFor(() => {
      expect(result.current.list.data).toEqual([]);
    });
    data.clock.advance(90_000);

    await act(() => result.current.create.mutateAsync(input));

    await waitFor(() => {
      expect(result.current.list.data).toHaveLength(1);
    });
    expect(result.current.list.data?.[0]).toMatchObject({
      id: 'T-2026-000001',
      createdAt: T0 + 90_000,
      tier: 'premier',
    });
  });

  it('applies an action and refreshes the ticket’s detail', async () => {
    const ticket = await data.source.tickets.createTicket(input, T0);
    const { result } = renderHook(
      () => ({ detail: useQuery(ticketQueries.detail(ticket.id)), act: useTicketAction() }),
      { wrapper: data.wrapper },
    );
    await waitFor(() => {
      expect(result.current.detail.data?.status).toBe('open');
    });
    data.clock.advance(60_000);

    await act(() =>
      result.current.act.mutateAsync({
        ticketId: ticket.id,
        action: { type: 'wait-on-customer' },
        author: 'ana',
      }),
    );

    await waitFor(() => {
      expect(result.current.detail.data?.status).toBe('waiting-on-customer');
    });
    expect(result.current.detail.data?.events[0]).toMatchObject({ at: T0 + 60_000, author: 'ana' });
  });

  it('answers null for a ticket that does not exist', async () => {
    expect(await data.client.fetchQuery(ticketQueries.detail('nope'))).toBeNull();
  });

  it('filters lists through the repository', async () => {
    const ticket = await data.source.tickets.createTicket(input, T0);
    await data.source.tickets.createTicket(input, T0);
    await data.source.tickets.appendTicketAction(ticket.id, { type: 'resolve' }, T0, 'ana');
    const resolved = await data.client.fetchQuery(ticketQueries.list({ status: 'resolved' }));
    expect(resolved.map((t) => t.id)).toEqual([ticket.id]);
  });

  it('reports a refused action as the mutation’s error and to the error sink', async () => {
    const ticket = await data.source.tickets.createTicket(input, T0);
    const { result } = renderHook(() => useTicketAction(), { wrapper: data.wrapper });

    act(() => {
      result.current.mutate({ ticketId: ticket.id, action: { type: 'resume' }, author: 'ana' });
    });

    await waitFor(() => {
      expect(result.current.isError).toBe(true);
    });
    expect(describeDataError(result.current.error)).toEqual({
      kind: 'refused',
      problem: 'not-waiting',
    });
    expect(data.errors.getSnapshot()).toHaveLength(1);
  });

  it('keeps errors a form shows inline out of the error sink', async () => {
    const { result } = renderHook(() => useCreateTicket({ errorsShownInline: true }), {
      wrapper: data.wrapper,
    });

    act(() => {
      result.current.mutate({ ...input, title: ' ' });
    });

    await waitFor(() => {
      expect(result.current.isError).toBe(true);
    });
    expect(describeDataError(result.current.error)).toEqual({
      kind: 'refused',
      problem: 'empty-title',
    });
    expect(data.errors.getSnapshot()).toEqual([]);
  });
});
