import type { MessageKey } from './messages-en';
import type { Translate } from './translate';

/** The reasons a write can be refused that the catalogues put into words. */
type ActionProblem = {
  [K in MessageKey]: K extends `actionProblem.${infer Problem}` ? Problem : never;
}[MessageKey];

/**
 * The shape of `describeDataError` (src/queries/data-errors.ts), repeated here because shared
 * code may not import the data layer: a DataErrorView is assignable to it (the compiler checks
 * that every refusal has its words).
 */
export type DataErrorDescription =
  | {
      kind: 'storage';
      storage: 'unavailable' | 'quota' | 'blocked' | 'version' | 'aborted' | 'unknown';
    }
  | { kind: 'refused'; problem: ActionProblem }
  | { kind: 'missing'; entity: 'ticket' | 'account' | 'policy'; id: string }
  | { kind: 'unexpected'; message: string };

/** A data failure in plain words, in the current language: the one wording every screen uses. */
export function dataErrorText(t: Translate, error: DataErrorDescription): string {
  switch (error.kind) {
    case 'storage':
      return t(`dataProblem.storage.${error.storage}`);
    case 'refused':
      return t(`actionProblem.${error.problem}`);
    case 'missing':
      return t(`dataProblem.missing.${error.entity}`, { id: error.id });
    case 'unexpected':
      return t('dataProblem.unexpected', { message: error.message });
  }
}
