/**
 * The histories of demo tickets: each scenario writes a creation instant and events that leave
 * the ticket in a known kind of state at `nowMs` (fresh, near a deadline, breached, paused,
 * resolved…), sized from the policy's own targets for its tier and priority.
 */
import {
  ticketState,
  type MetricTarget,
  type Policy,
  type Priority,
  type TicketStatus,
  type TierId,
} from '../sla';
import {
  DEMO_AGENTS,
  DEMO_FIRST_REPLIES,
  DEMO_LOWER_REASONS,
  DEMO_NOTES,
  DEMO_RAISE_REASONS,
  DEMO_RESOLVED_MESSAGES,
  DEMO_RESTORED_MESSAGES,
  DEMO_UPDATES,
  DEMO_WAIT_MESSAGES,
} from './demo-catalogue';
import type { DemoRandom } from './demo-random';
import type { EventRecord, TicketLifecycle } from './records';

export const SCENARIOS = [
  'fresh',
  'near-deadline',
  'breached',
  'in-progress',
  'waiting',
  'resolved',
  'priority-change',
  'resolved-late',
  'reopened',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface ScenarioContext {
  nowMs: number;
  policy: Policy;
  tier: TierId;
  priority: Priority;
  cadenceOverrides?: Partial<Record<'P1' | 'P2', number>>;
}

export interface DemoHistory {
  createdAt: number;
  events: EventRecord[];
  status: TicketLifecycle;
  currentPriority: Priority;
}

type EventBody =
  | { type: 'reply'; message: string }
  | { type: 'note'; message: string }
  | { type: 'priority'; to: Priority; reason: string }
  | { type: 'status'; to: TicketStatus; message?: string }
  | { type: 'restored'; message: string }
  | { type: 'resolved'; message: string }
  | { type: 'reopened'; message: string };

/** Appends events in time order, at whole seconds, never after `nowMs`. */
class HistoryWriter {
  readonly events: EventRecord[] = [];
  private lastMs: number;

  constructor(
    readonly createdAt: number,
    readonly nowMs: number,
    readonly agent: string,
  ) {
    this.lastMs = createdAt;
  }

  /** The instant the last event was written at (or the creation). */
  get last(): number {
    return this.lastMs;
  }

  add(atMs: number, body: EventBody, author: string = this.agent): number {
    const at = Math.max(this.lastMs, Math.floor(Math.min(atMs, this.nowMs) / 1000) * 1000);
    this.lastMs = at;
    this.events.push({ id: `e${this.events.length + 1}`, at, author, ...body });
    return at;
  }
}

function durationMs(target: MetricTarget): number | null {
  return target.kind === 'duration' ? target.minutes * MINUTE : null;
}

/** Planning sizes: the first-response duration (or null) and the update cadence. */
function targetSizes(context: ScenarioContext): { firstMs: number | null; cadenceMs: number } {
  const targets = context.policy.tiers[context.tier].targets[context.priority];
  const update = targets.update;
  let cadenceMs = DAY;
  if (update.kind === 'cadence') {
    const agreed =
      update.asAgreed && (context.priority === 'P1' || context.priority === 'P2')
        ? context.cadenceOverrides?.[context.priority]
        : undefined;
    cadenceMs = (agreed ?? update.minutes) * MINUTE;
  }
  return { firstMs: durationMs(targets['first-response']), cadenceMs };
}

function otherPriority(random: DemoRandom, priority: Priority): Priority {
  if (priority === 'P1') return 'P2';
  if (priority === 'P4') return 'P3';
  const index = Number(priority.slice(1));
  return `P${index + (random.chance(0.5) ? -1 : 1)}` as Priority;
}

/** The first reply, then updates inside the cadence until `nowMs` (at most five). */
function replies(
  random: DemoRandom,
  history: HistoryWriter,
  fromMs: number,
  cadenceMs: number,
): void {
  let replyAt = history.add(fromMs, { type: 'reply', message: random.pick(DEMO_FIRST_REPLIES) });
  for (let count = 0; count < 5; count += 1) {
    const next = replyAt + cadenceMs * random.between(0.4, 0.9);
    if (next >= history.nowMs) break;
    replyAt = history.add(next, { type: 'reply', message: random.pick(DEMO_UPDATES) });
  }
}

type ScenarioWriter = (
  random: DemoRandom,
  context: ScenarioContext,
  agent: string,
) => HistoryWriter;

const writers: Record<Scenario, ScenarioWriter> = {
  fresh(random, context, agent) {
    const { firstMs, cadenceMs } = targetSizes(context);
    const age = (firstMs ?? Math.min(cadenceMs, 8 * HOUR)) * random.between(0.05, 0.5);
    const history = new HistoryWriter(at(context.nowMs - age), context.nowMs, agent);
    if (random.chance(0.3)) {
      history.add(history.createdAt + age / 2, { type: 'note', message: random.pick(DEMO_NOTES) });
    }
    return history;
  },
  'near-deadline'(random, context, agent) {
    const { firstMs, cadenceMs } = targetSizes(context);
    if (firstMs !== null) {
      const age = firstMs * random.between(0.8, 0.95);
      return new HistoryWriter(at(context.nowMs - age), context.nowMs, agent);
    }
    const lastReply = context.nowMs - cadenceMs * random.between(0.8, 0.95);
    const createdAt = at(lastReply - random.between(10 * MINUTE, 2 * HOUR));
    const history = new HistoryWriter(createdAt, context.nowMs, agent);
    history.add(lastReply, { type: 'reply', message: random.pick(DEMO_FIRST_REPLIES) });
    return history;
  },
  breached(random, context, agent) {
    const { firstMs, cadenceMs } = targetSizes(context);
    const age =
      firstMs !== null ? firstMs * random.between(1.3, 4) : cadenceMs * random.between(1.1, 1.8);
    const history = new HistoryWriter(at(context.nowMs - age), context.nowMs, agent);
    if (random.chance(0.5)) {
      history.add(history.createdAt + age / 3, { type: 'note', message: random.pick(DEMO_NOTES) });
    }
    return history;
  },
  'in-progress'(random, context, agent) {
    const { firstMs, cadenceMs } = targetSizes(context);
    const firstDelay = (firstMs ?? 4 * HOUR) * random.between(0.1, 0.7);
    const age = firstDelay + cadenceMs * random.between(0.6, 3);
    const history = new HistoryWriter(at(context.nowMs - age), context.nowMs, agent);
    replies(random, history, history.createdAt + firstDelay, cadenceMs);
    if (random.chance(0.3)) {
      history.add(history.last + MINUTE * random.int(1, 30), {
        type: 'note',
        message: random.pick(DEMO_NOTES),
      });
    }
    return history;
  },
  waiting(random, context, agent) {
    const { firstMs, cadenceMs } = targetSizes(context);
    const firstDelay = (firstMs ?? 4 * HOUR) * random.between(0.1, 0.7);
    const age = firstDelay + cadenceMs * random.between(0.3, 1.5);
    const history = new HistoryWriter(at(context.nowMs - age), context.nowMs, agent);
    replies(random, history, history.createdAt + firstDelay, cadenceMs);
    const waitAt = history.last + (context.nowMs - history.last) * random.between(0.1, 0.9);
    history.add(waitAt, {
      type: 'status',
      to: 'waiting-on-customer',
      message: random.pick(DEMO_WAIT_MESSAGES),
    });
    return history;
  },
  resolved(random, context, agent) {
    const { firstMs, cadenceMs } = targetSizes(context);
    const createdAt = at(context.nowMs - random.between(1 * DAY, 20 * DAY));
    const history = new HistoryWriter(createdAt, context.nowMs, agent);
    const firstAt = createdAt + (firstMs ?? 4 * HOUR) * random.between(0.1, 0.8);
    history.add(firstAt, { type: 'reply', message: random.pick(DEMO_FIRST_REPLIES) });
    if (context.priority === 'P1' || context.priority === 'P2') {
      history.add(history.last + cadenceMs * random.between(0.2, 0.8), {
        type: 'restored',
        message: random.pick(DEMO_RESTORED_MESSAGES),
      });
    }
    history.add(history.last + cadenceMs * random.between(0.2, 0.9), {
      type: 'resolved',
      message: random.pick(DEMO_RESOLVED_MESSAGES),
    });
    return history;
  },
  'priority-change'(random, context, agent) {
    const { firstMs } = targetSizes(context);
    const span = firstMs ?? 4 * HOUR;
    const history = new HistoryWriter(
      at(context.nowMs - span * random.between(1, 3)),
      context.nowMs,
      agent,
    );
    history.add(history.createdAt + span * random.between(0.1, 0.6), {
      type: 'reply',
      message: random.pick(DEMO_FIRST_REPLIES),
    });
    const to = otherPriority(random, context.priority);
    const raised = to < context.priority;
    history.add(history.last + random.between(10 * MINUTE, 3 * HOUR), {
      type: 'priority',
      to,
      reason: random.pick(raised ? DEMO_RAISE_REASONS : DEMO_LOWER_REASONS),
    });
    if (random.chance(0.6)) {
      history.add(history.last + random.between(5 * MINUTE, 45 * MINUTE), {
        type: 'reply',
        message: random.pick(DEMO_UPDATES),
      });
    }
    return history;
  },
  'resolved-late'(random, context, agent) {
    const { firstMs } = targetSizes(context);
    const createdAt = at(context.nowMs - random.between(2 * DAY, 20 * DAY));
    const history = new HistoryWriter(createdAt, context.nowMs, agent);
    history.add(createdAt + (firstMs ?? DAY) * random.between(1.2, 2.5), {
      type: 'reply',
      message: random.pick(DEMO_FIRST_REPLIES),
    });
    history.add(history.last + random.between(HOUR, 2 * DAY), {
      type: 'resolved',
      message: random.pick(DEMO_RESOLVED_MESSAGES),
    });
    return history;
  },
  reopened(random, context, agent) {
    const { firstMs } = targetSizes(context);
    const createdAt = at(context.nowMs - random.between(3 * DAY, 15 * DAY));
    const history = new HistoryWriter(createdAt, context.nowMs, agent);
    history.add(createdAt + (firstMs ?? 4 * HOUR) * random.between(0.1, 0.8), {
      type: 'reply',
      message: random.pick(DEMO_FIRST_REPLIES),
    });
    history.add(history.last + random.between(2 * HOUR, 3 * DAY), {
      type: 'resolved',
      message: random.pick(DEMO_RESOLVED_MESSAGES),
    });
    history.add(
      history.last + random.between(HOUR, 2 * DAY),
      { type: 'reopened', message: 'The problem is back since this morning.' },
      'customer',
    );
    if (random.chance(0.7)) {
      history.add(history.last + random.between(5 * MINUTE, 2 * HOUR), {
        type: 'reply',
        message: random.pick(DEMO_UPDATES),
      });
    }
    return history;
  },
};

/** A whole second, so files and screens show tidy instants. */
function at(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** Writes the history of one ticket for `scenario`. */
export function writeScenario(
  random: DemoRandom,
  scenario: Scenario,
  context: ScenarioContext,
): DemoHistory {
  const history = writers[scenario](random, context, random.pick(DEMO_AGENTS));
  const state = ticketState({ priority: context.priority, events: history.events });
  return {
    createdAt: history.createdAt,
    events: history.events,
    status: state.lifecycle,
    currentPriority: state.priority,
  };
}
