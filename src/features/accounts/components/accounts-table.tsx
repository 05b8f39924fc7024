import { Link } from 'react-router';
import type { AccountRecord } from '../../../queries/data-types';
import type { Policy } from '../../../sla';
import { formatDuration } from '../../../shared/format/format-duration';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { AGREED_PRIORITIES } from '../model/account-draft';
import { secondaryButton, textLink } from '../../../shared/ui/form-classes';
import { regionName } from '../../../shared/format/region-name';

interface AccountsTableProps {
  accounts: readonly AccountRecord[];
  policy: Policy;
  onEdit: (account: AccountRecord) => void;
}

const head = 'px-3 py-2 text-left text-xs font-semibold tracking-wide uppercase';
const cell = 'px-3 py-2 align-top';

/** The accounts with their plan, region and agreed cadences; edit or open a ticket from each. */
export function AccountsTable({ accounts, policy, onEdit }: AccountsTableProps) {
  const { t, locale } = useI18n();
  const cadences = (account: AccountRecord) => {
    const agreed = AGREED_PRIORITIES.flatMap((priority) => {
      const minutes = account.cadenceOverrides?.[priority];
      return minutes === undefined
        ? []
        : [t('accounts.cadence.value', { priority, duration: formatDuration(minutes, locale) })];
    });
    return agreed.length > 0 ? agreed.join(', ') : t('accounts.cadence.none');
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('accounts.caption', { count: accounts.length })}</caption>
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            <th scope="col" className={head}>
              {t('accounts.col.name')}
            </th>
            <th scope="col" className={head}>
              {t('accounts.col.tier')}
            </th>
            <th scope="col" className={head}>
              {t('accounts.col.region')}
            </th>
            <th scope="col" className={head}>
              {t('accounts.col.cadences')}
            </th>
            <th scope="col" className={head}>
              {t('accounts.col.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className={`${cell} text-left font-semibold`}>
                {account.name}
                <span className="block font-mono text-xs font-normal text-slate-600 dark:text-slate-400">
                  {account.id}
                </span>
              </th>
              <td className={cell}>
                {t(`tier.${account.tier}`)}
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {t(`promise.${policy.tiers[account.tier].promise}.short`)}
                </span>
              </td>
              <td className={cell}>{regionName(policy, account.region, t)}</td>
              <td className={cell}>{cadences(account)}</td>
              <td className={cell}>
                <div className="flex flex-wrap items-center gap-3">
                  <button
                    type="button"
                    aria-label={t('accounts.editLabel', { name: account.name })}
                    className={secondaryButton}
                    onClick={() => {
                      onEdit(account);
                    }}
                  >
                    {t('accounts.edit')}
                  </button>
                  <Link
                    to={`/tickets/new?account=${encodeURIComponent(account.id)}`}
                    className={textLink}
                  >
                    {t('accounts.newTicket')}
                  </Link>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
