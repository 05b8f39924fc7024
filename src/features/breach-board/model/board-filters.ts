import { LANES, type Lane } from './lanes';
import {
  METRIC_IDS,
  PRIORITIES,
  TIER_IDS,
  type MetricId,
  type Priority,
  type TierId,
} from '../../../sla';

/** The states a lead can filter on; 'credit' is a credit-eligible breach. */
export const STATE_FILTERS = ['breached', 'at-risk', 'running', 'paused', 'met', 'credit'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

/** The board's view, as kept in the URL's search parameters. */
export interface BoardFilters {
  tier?: TierId;
  priority?: Priority;
  region?: string;
  metric?: MetricId;
  state?: StateFilter;
  account?: string;
  text?: string;
  /** Only tickets whose next deadline falls in this forecast lane. */
  due?: Lane;
  /** Show met and resolved tickets too. */
  showClosed: boolean;
}

export type FilterName = Exclude<keyof BoardFilters, 'showClosed'>;

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | undefined =>
  values.find((value) => value === raw);

const nonEmpty = (raw: string | null): string | undefined =>
  raw === null || raw.trim() === '' ? undefined : raw;

/** Reads the filters from search parameters; unknown values are ignored, not errors. */
export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  return {
    tier: oneOf(TIER_IDS, params.get('tier')),
    priority: oneOf(PRIORITIES, params.get('priority')),
    region: nonEmpty(params.get('region')),
    metric: oneOf(METRIC_IDS, params.get('metric')),
    state: oneOf(STATE_FILTERS, params.get('state')),
    account: nonEmpty(params.get('account')),
    text: nonEmpty(params.get('q')),
    due: oneOf(LANES, params.get('due')),
    showClosed: params.get('closed') === '1',
  };
}

const PARAM: Record<FilterName, string> = {
  tier: 'tier',
  priority: 'priority',
  region: 'region',
  metric: 'metric',
  state: 'state',
  account: 'account',
  text: 'q',
  due: 'due',
};

/** Writes the filters back as search parameters, leaving out what is not set. */
export function boardFiltersToParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(PARAM) as FilterName[]) {
    const value = filters[name];
    if (value !== undefined && value !== '') params.set(PARAM[name], value);
  }
  if (filters.showClosed) params.set('closed', '1');
  return params;
}
