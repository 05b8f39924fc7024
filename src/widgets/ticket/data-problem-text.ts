import type { DataErrorView } from '../../queries/data-errors';
import type { Translate } from '../../shared/i18n/translate';

/** A data failure (describeDataError) in plain words of the current language. */
export function dataProblemText(view: DataErrorView, t: Translate): string {
  switch (view.kind) {
    case 'storage':
      return t(`dataProblem.storage.${view.storage}`);
    case 'refused':
      return t(`actionProblem.${view.problem}`);
    case 'missing':
      return t(`dataProblem.missing.${view.entity}`, { id: view.id });
    case 'unexpected':
      return t('dataProblem.unexpected', { message: view.message });
  }
}
