import type { Translate } from './translate';

/**
 * The shape of `describeDataError` (src/queries/data-errors.ts), repeated here because shared
 * code may not import the data layer: a DataErrorView is assignable to it.
 */
export type DataErrorDescription =
  | {
      kind: 'storage';
      storage: 'unavailable' | 'quota' | 'blocked' | 'version' | 'aborted' | 'unknown';
    }
  | { kind: 'refused'; problem: string }
  | { kind: 'missing'; entity: 'ticket' | 'account' | 'policy'; id: string }
  | { kind: 'unexpected'; message: string };

/** A data failure in plain words, in the current language. */
export function dataErrorText(t: Translate, error: DataErrorDescription): string {
  switch (error.kind) {
    case 'storage':
      return t(`storage.error.${error.storage}`);
    case 'refused':
      return t('storage.error.refused', { problem: error.problem });
    case 'missing':
      return t('storage.error.missing', {
        entity: t(`storage.entity.${error.entity}`),
        id: error.id,
      });
    case 'unexpected':
      return t('storage.error.unexpected', { message: error.message });
  }
}
