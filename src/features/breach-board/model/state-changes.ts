import type { MetricId } from '../../../sla';

export interface StateChange {
  ticketId: string;
  metric: MetricId;
  state: 'at-risk' | 'breached';
}
