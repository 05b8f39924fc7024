import type { Priority } from '../types';

/** The questions of the guided triage, in the policy's triage order. */
export type TriageQuestion =
  'environment' | 'service-down' | 'workaround' | 'degraded' | 'feature-question' | 'information';

export type EnvironmentAnswer = 'production' | 'development-or-beta' | 'other-non-production';
export type WorkaroundAnswer = 'none' | 'partial' | 'full';
/** Every question also accepts "I'm not sure". */
export type Unsure = 'unsure';

export interface TriageAnswers {
  environment?: EnvironmentAnswer | Unsure;
  'service-down'?: boolean | Unsure;
  workaround?: WorkaroundAnswer | Unsure;
  degraded?: boolean | Unsure;
  'feature-question'?: boolean | Unsure;
  information?: boolean | Unsure;
}

/** Why the triage chose: one reason per answer that mattered, in order. */
export type TriageReason =
  | 'development-or-beta'
  | 'service-down'
  | 'no-workaround'
  | 'workaround-unknown'
  | 'workaround-exists'
  | 'non-production-not-p1'
  | 'environment-unknown-not-p1'
  | 'degraded'
  | 'feature-question'
  | 'information-request'
  | 'default-priority';

export interface TriageResult {
  priority: Priority;
  reasons: TriageReason[];
  /** P1 must be reported by phone. */
  reportByPhone: boolean;
  /** The impact would have been P1 in production; the environment capped it at P2. */
  cappedFromP1: boolean;
}

/** Where the triage stands: the questions asked so far (in order) and what comes next. */
export interface TriageProgress {
  /** The questions on the current path, in order, each answered or the next to answer. */
  path: TriageQuestion[];
  /** The next question to answer, or null when the result is known. */
  next: TriageQuestion | null;
  /** The answers that are on the path (answers to questions no longer asked are dropped). */
  answers: TriageAnswers;
  /** The recommendation, once every question on the path is answered. */
  result: TriageResult | null;
}
