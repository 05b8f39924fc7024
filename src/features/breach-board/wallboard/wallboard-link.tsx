import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { focusRing } from '../components/board-classes';
import { boardFiltersToParams, type BoardFilters } from '../model/board-filters';

/** Opens the wallboard with the board's current filters. */
export function WallboardLink({ filters }: { filters: BoardFilters }) {
  const { t } = useI18n();
  const query = boardFiltersToParams(filters).toString();
  return (
    <Link
      to={query ? `/wallboard?${query}` : '/wallboard'}
      title={t('wallboard.open.hint')}
      className={`inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800 ${focusRing}`}
    >
      {t('wallboard.open')}
    </Link>
  );
}
