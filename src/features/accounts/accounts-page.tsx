import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { accountQueries } from '../../queries/account-queries';
import type { AccountRecord } from '../../queries/data-types';
import { policyQueries } from '../../queries/policy-queries';
import { useI18n } from '../../shared/i18n/use-i18n';
import { AccountForm } from './components/account-form';
import { AccountsTable } from './components/accounts-table';
import { alertBox, panel } from '../../shared/ui/form-classes';

/** `/accounts`: the customer accounts, a form to create one, and editing in place. */
export function AccountsPage() {
  const { t } = useI18n();
  const accountsQuery = useQuery(accountQueries.list());
  const policyQuery = useQuery(policyQueries.active());
  const [editing, setEditing] = useState<AccountRecord | undefined>(undefined);
  const [notice, setNotice] = useState('');

  const [focusRequest, setFocusRequest] = useState(0);
  const focusForm = () => {
    setFocusRequest((count) => count + 1);
  };
  useEffect(() => {
    if (focusRequest > 0) document.getElementById('account-form-title')?.focus();
  }, [focusRequest]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-10">
      <title>{t('accounts.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t('accounts.title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t('accounts.intro')}</p>
      <p
        role="status"
        className="mt-4 min-h-6 font-semibold text-emerald-800 dark:text-emerald-300"
      >
        {notice}
      </p>
      {accountsQuery.isPending || policyQuery.isPending ? (
        <p role="status">{t('accounts.loading')}</p>
      ) : accountsQuery.isError || policyQuery.isError ? (
        <p role="alert" className={alertBox}>
          {t('accounts.loadError')}
        </p>
      ) : (
        <div className="mt-2 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div>
            {accountsQuery.data.length === 0 ? (
              <p className={panel}>{t('accounts.empty')}</p>
            ) : (
              <AccountsTable
                accounts={accountsQuery.data}
                policy={policyQuery.data}
                onEdit={(account) => {
                  setNotice('');
                  setEditing(account);
                  focusForm();
                }}
              />
            )}
          </div>
          <div className={`${panel} self-start`}>
            <AccountForm
              key={editing?.id ?? 'new'}
              account={editing}
              policy={policyQuery.data}
              onSaved={(account, isNew) => {
                setNotice(
                  t(isNew ? 'accounts.form.created' : 'accounts.form.saved', {
                    name: account.name,
                  }),
                );
                setEditing(undefined);
                focusForm();
              }}
              onCancel={() => {
                setEditing(undefined);
                focusForm();
              }}
            />
          </div>
        </div>
      )}
    </div>
  );
}
