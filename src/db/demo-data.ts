/**
 * Seeded demo data: realistic accounts and tickets for the empty board, tests and benchmarks.
 * The same options always give the same records. Time comes in as `nowMs`; every event is at or
 * before it, and every history obeys the ticket action rules (src/sla/tickets).
 */
import {
  defaultPolicy,
  PRIORITIES,
  TIER_IDS,
  type Policy,
  type Priority,
  type TierId,
} from '../sla';
import {
  DEMO_COMPANIES,
  DEMO_CONTACTS,
  DEMO_FALLBACK_SITES,
  DEMO_IMPACT,
  DEMO_SITES,
  DEMO_SUBJECTS,
  DEMO_TRIAGE_SUMMARIES,
} from './demo-catalogue';
import { demoRandom, type DemoRandom } from './demo-random';
import { SCENARIOS, type Scenario, writeScenario } from './demo-scenarios';
import type { AccountRecord, TicketRecord } from './records';

export interface DemoDataOptions {
  seed: number;
  /** The instant the data is looked at (epoch ms): ages, deadlines and states are relative to it. */
  nowMs: number;
  ticketCount: number;
  /** Regions are this policy's calendars; default the built-in policy. */
  policy?: Policy;
}

export interface DemoData {
  accounts: AccountRecord[];
  tickets: TicketRecord[];
}

const SCENARIO_WEIGHTS: readonly (readonly [Scenario, number])[] = [
  ['fresh', 3],
  ['near-deadline', 2],
  ['breached', 2],
  ['in-progress', 4],
  ['waiting', 2],
  ['resolved', 4],
  ['resolved-late', 1],
  ['priority-change', 2],
  ['reopened', 1],
];
const PRIORITY_WEIGHTS: readonly (readonly [Priority, number])[] = [
  ['P1', 1],
  ['P2', 2],
  ['P3', 4],
  ['P4', 3],
];

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * One account per company. Account i has tier i mod 5 and region i mod (number of regions), so
 * the first 15 accounts cover every tier × region of the built-in policy. Some Premier accounts
 * have "as agreed" cadences.
 */
function demoAccounts(random: DemoRandom, regions: readonly string[]): AccountRecord[] {
  return DEMO_COMPANIES.map((name, index) => {
    const tier = TIER_IDS[index % TIER_IDS.length] as TierId;
    const account: AccountRecord = {
      id: `acc-${slug(name)}`,
      name,
      tier,
      region: regions[index % regions.length] as string,
    };
    if (tier !== 'standard' && random.chance(0.3)) {
      account.cadenceOverrides = { P1: random.pick([30, 120]), P2: random.pick([240, 720]) };
    }
    return account;
  });
}

function fill(template: string, site: string): string {
  return template.replaceAll('{site}', site);
}

/** The ticket's recommendation: about a third came from the triage form, some overridden. */
function recommendation(
  random: DemoRandom,
  priority: Priority,
  index: number,
): TicketRecord['recommendation'] {
  const against = index === 3 || (index > 9 && random.chance(0.08));
  if (!against && !(index === 4 || (index > 9 && random.chance(0.27)))) return undefined;
  const others = PRIORITIES.filter((p) => p !== priority);
  const recommended = against ? random.pick(others) : priority;
  return { priority: recommended, summary: DEMO_TRIAGE_SUMMARIES[recommended] };
}

function demoTicket(
  random: DemoRandom,
  index: number,
  account: AccountRecord,
  options: { nowMs: number; policy: Policy; idPrefix: string },
): TicketRecord {
  const isCycle = index < SCENARIOS.length;
  const priority = isCycle
    ? (PRIORITIES[index % PRIORITIES.length] as Priority)
    : random.weighted(PRIORITY_WEIGHTS);
  const scenario = isCycle ? (SCENARIOS[index] as Scenario) : random.weighted(SCENARIO_WEIGHTS);
  const site = random.pick(DEMO_SITES[account.region] ?? DEMO_FALLBACK_SITES);
  const subject = random.pick(DEMO_SUBJECTS[priority]);
  const contact = random.pick(DEMO_CONTACTS);
  const history = writeScenario(random, scenario, {
    nowMs: options.nowMs,
    policy: options.policy,
    tier: account.tier,
    priority,
    cadenceOverrides: account.cadenceOverrides,
  });
  const ticket: TicketRecord = {
    id: `${options.idPrefix}${String(index + 1).padStart(6, '0')}`,
    title: fill(subject.title, site),
    description: `${fill(subject.detail, site)} ${random.pick(DEMO_IMPACT[priority])} Reported by ${contact} (${account.name}).`,
    accountId: account.id,
    tier: account.tier,
    priority,
    region: account.region,
    createdAt: history.createdAt,
    status: history.status,
    currentPriority: history.currentPriority,
    events: history.events,
    updatedAt: history.events.at(-1)?.at ?? history.createdAt,
  };
  const recommended = recommendation(random, priority, index);
  if (recommended) ticket.recommendation = recommended;
  return ticket;
}

/**
 * Generates demo accounts and tickets. The first tickets walk through every scenario, priority,
 * tier and region (so even 10 tickets show them all); the rest are drawn at random with realistic
 * weights: many P3, few P1, mostly in progress or resolved, some breached, paused or near a
 * deadline at `nowMs`.
 *
 * @example
 * generateDemoData({ seed: 42, nowMs: Date.parse('2026-03-10T15:30:00Z'), ticketCount: 10 })
 * // { accounts: [36 accounts], tickets: [10 tickets, ids 'T-2026-000001'…] }
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const policy = options.policy ?? defaultPolicy;
  const regions = Object.keys(policy.calendars);
  if (regions.length === 0) throw new RangeError('the policy has no region calendars');
  const random = demoRandom(options.seed);
  const accounts = demoAccounts(random, regions);
  const idPrefix = `T-${new Date(options.nowMs).getUTCFullYear()}-`;
  const tickets: TicketRecord[] = [];
  const coverage = TIER_IDS.length * regions.length;
  for (let index = 0; index < options.ticketCount; index += 1) {
    const account =
      index < coverage
        ? (accounts[index % accounts.length] as AccountRecord)
        : random.pick(accounts);
    tickets.push(demoTicket(random, index, account, { nowMs: options.nowMs, policy, idPrefix }));
  }
  return { accounts, tickets };
}
