/**
 * What the export file's schema cannot say on its own, checked in file order once the shape is
 * sound: ids unique, references known (accounts, the active policy), regions that are calendars
 * of the policy in use, calendars that `validateCalendar` accepts, events in time order.
 */
import { defaultPolicy, type Policy } from '../sla';
import type { ParsedExportFile } from './export-format';
import { problem, type PathProblem } from './import-problem';
import { policyProblem } from './policy-schema';
import { BUILT_IN_POLICY_ID } from './policies-repo';

type Path = PathProblem['path'];

function firstDuplicate<T extends { id: string }>(
  items: readonly T[],
  path: Path,
): PathProblem | null {
  const seen = new Map<string, number>();
  for (let index = 0; index < items.length; index += 1) {
    const id = (items[index] as T).id;
    const previous = seen.get(id);
    if (previous !== undefined) {
      const firstAt = `${String(path.at(-1))}[${previous}]`;
      return problem(
        [...path, index, 'id'],
        'duplicate-id',
        { id, firstAt },
        `duplicated id "${id}" (already used at ${firstAt})`,
      );
    }
    seen.set(id, index);
  }
  return null;
}

function checkPolicies(file: ParsedExportFile): PathProblem | null {
  const seen = new Map<string, number>();
  for (const [index, entry] of file.policies.entries()) {
    const { id } = entry.policy;
    if (id === BUILT_IN_POLICY_ID) {
      return problem(
        ['policies', index, 'policy', 'id'],
        'reserved-policy-id',
        { id },
        `"${BUILT_IN_POLICY_ID}" is the built-in policy's id; a custom policy needs another`,
      );
    }
    const previous = seen.get(id);
    if (previous !== undefined) {
      const firstAt = `policies[${previous}]`;
      return problem(
        ['policies', index, 'policy', 'id'],
        'duplicate-id',
        { id, firstAt },
        `duplicated id "${id}" (already used at ${firstAt})`,
      );
    }
    seen.set(id, index);
    const found = policyProblem(entry.policy);
    if (found) return { ...found, path: ['policies', index, 'policy', ...found.path] };
  }
  return null;
}

/** The policy the file's settings make active: the built-in one or one of the file's. */
function activePolicy(file: ParsedExportFile): Policy | null {
  const id = file.settings.activePolicyId;
  if (id === BUILT_IN_POLICY_ID) return defaultPolicy;
  return file.policies.find((entry) => entry.policy.id === id)?.policy ?? null;
}

function regionProblem(region: string, policy: Policy, path: Path): PathProblem | null {
  if (Object.hasOwn(policy.calendars, region)) return null;
  const known = Object.keys(policy.calendars);
  return problem(
    path,
    'unknown-region',
    { value: region, known, policy: policy.id },
    `unknown region "${region}": the policy in use ("${policy.id}") has ${known.join(', ')}`,
  );
}

function checkAccounts(file: ParsedExportFile, policy: Policy): PathProblem | null {
  const duplicate = firstDuplicate(file.accounts, ['accounts']);
  if (duplicate) return duplicate;
  for (const [index, account] of file.accounts.entries()) {
    const found = regionProblem(account.region, policy, ['accounts', index, 'region']);
    if (found) return found;
    if (account.tier === 'standard' && account.cadenceOverrides) {
      return problem(
        ['accounts', index, 'cadenceOverrides'],
        'cadence-on-standard',
        {},
        '"as agreed" cadences exist on Premier tiers only, not on Standard',
      );
    }
  }
  return null;
}

function checkEvents(ticket: ParsedExportFile['tickets'][number], path: Path): PathProblem | null {
  const duplicate = firstDuplicate(ticket.events, [...path, 'events']);
  if (duplicate) return duplicate;
  let previousAt = ticket.createdAt;
  for (const [index, event] of ticket.events.entries()) {
    if (event.at < previousAt) {
      const eventPath = [...path, 'events', index, 'at'];
      return index === 0
        ? problem(
            eventPath,
            'event-before-creation',
            {},
            'an event cannot happen before the ticket was created',
          )
        : problem(
            eventPath,
            'events-out-of-order',
            {},
            'events must be in time order: this one is before the previous one',
          );
    }
    previousAt = event.at;
  }
  return null;
}

function checkTickets(file: ParsedExportFile, policy: Policy): PathProblem | null {
  const duplicate = firstDuplicate(file.tickets, ['tickets']);
  if (duplicate) return duplicate;
  const accountIds = new Set(file.accounts.map((account) => account.id));
  for (const [index, ticket] of file.tickets.entries()) {
    const path: Path = ['tickets', index];
    if (!accountIds.has(ticket.accountId)) {
      return problem(
        [...path, 'accountId'],
        'unknown-account',
        { id: ticket.accountId },
        `unknown account "${ticket.accountId}": not in the file's accounts`,
      );
    }
    const found =
      regionProblem(ticket.region, policy, [...path, 'region']) ?? checkEvents(ticket, path);
    if (found) return found;
  }
  return null;
}

/** The first cross-reference problem of a file whose shape is sound, in file order; or null. */
export function crossCheckExport(file: ParsedExportFile): PathProblem | null {
  const policiesProblem = checkPolicies(file);
  if (policiesProblem) return policiesProblem;
  const policy = activePolicy(file);
  if (!policy) {
    const id = file.settings.activePolicyId;
    return problem(
      ['settings', 'activePolicyId'],
      'unknown-policy',
      { id, builtIn: BUILT_IN_POLICY_ID },
      `unknown policy "${id}": neither "${BUILT_IN_POLICY_ID}" nor one of the file's policies`,
    );
  }
  return checkAccounts(file, policy) ?? checkTickets(file, policy);
}
