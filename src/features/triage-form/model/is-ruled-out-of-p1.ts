import type { TriageReason, TriageResult } from '../../../sla';

const RULED_OUT: readonly TriageReason[] = [
  'development-or-beta',
  'non-production-not-p1',
  'environment-unknown-not-p1',
];

/** Whether the environment kept this triage from being P1 (and the page should say why). */
export function isRuledOutOfP1(result: TriageResult): boolean {
  return result.reasons.some((reason) => RULED_OUT.includes(reason));
}
