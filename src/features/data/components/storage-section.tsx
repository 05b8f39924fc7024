import { useQuery } from '@tanstack/react-query';
import { storageQueries, useRequestPersistentStorage } from '../../../queries/storage-queries';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { formatBytes } from '../format-bytes';
import { Section, secondaryButton } from './ui';

/** Storage used of the quota, whether it is persistent, and a way to ask for persistence. */
export function StorageSection() {
  const { t, locale } = useI18n();
  const estimate = useQuery(storageQueries.estimate());
  const persist = useRequestPersistentStorage({ errorsShownInline: true });
  const bytes = (value: number | null | undefined) =>
    value == null ? t('data.bytes.unknown') : formatBytes(value, locale);
  const isPersisted = estimate.data?.isPersisted;

  return (
    <Section id="data-storage" title={t('data.storage.title')}>
      {estimate.isError ? (
        <p>{t('data.storage.loadFailed')}</p>
      ) : (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t('data.storage.used')}</dt>
          <dd className="text-slate-700 dark:text-slate-300">
            {estimate.data
              ? t('data.storage.usage', {
                  used: bytes(estimate.data.usageBytes),
                  quota: bytes(estimate.data.quotaBytes),
                })
              : '…'}
          </dd>
          <dt className="font-medium">{t('data.storage.persistence')}</dt>
          <dd className="text-slate-700 dark:text-slate-300">
            {isPersisted === true
              ? t('data.storage.persisted')
              : isPersisted === false
                ? t('data.storage.notPersisted')
                : t('data.storage.unknown')}
          </dd>
        </dl>
      )}
      {isPersisted === true ? null : (
        <button
          type="button"
          className={`${secondaryButton} mt-4`}
          disabled={persist.isPending}
          onClick={() => {
            persist.mutate();
          }}
        >
          {t('data.storage.ask')}
        </button>
      )}
      <p role="status" className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {persist.data ? t(`data.storage.result.${persist.data}`) : ''}
        {persist.error ? t('data.storage.result.unsupported') : ''}
      </p>
    </Section>
  );
}
