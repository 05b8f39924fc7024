import { useState } from 'react';
import { useClock } from '../../../clock/use-clock';
import { describeDataError } from '../../../queries/data-errors';
import { useExportCsv, useExportJson } from '../../../queries/data-transfer';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { downloadText, exportFileName } from '../download';
import { Failure, Section, primaryButton, secondaryButton } from './ui';

/** Downloads everything as JSON, or the tickets as CSV. */
export function ExportSection() {
  const { t } = useI18n();
  const clock = useClock();
  const json = useExportJson({ errorsShownInline: true });
  const csv = useExportCsv({ errorsShownInline: true });
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const failed = json.error ?? csv.error;

  const save = async (kind: 'json' | 'csv') => {
    setDownloaded(null);
    const text = kind === 'json' ? await json.mutateAsync() : await csv.mutateAsync();
    const fileName = exportFileName(clock.now(), kind);
    downloadText(text, fileName, kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
    setDownloaded(fileName);
  };
  const onClick = (kind: 'json' | 'csv') => () => {
    save(kind).catch(() => undefined); // shown below through the mutation's error
  };

  return (
    <Section id="data-export" title={t('data.export.title')} intro={t('data.export.intro')}>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={primaryButton}
          disabled={json.isPending}
          onClick={onClick('json')}
        >
          {json.isPending ? t('data.working') : t('data.export.json')}
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={csv.isPending}
          onClick={onClick('csv')}
        >
          {csv.isPending ? t('data.working') : t('data.export.csv')}
        </button>
      </div>
      {failed ? <Failure>{dataErrorText(t, describeDataError(failed))}</Failure> : null}
      <p role="status" className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {downloaded ? t('data.export.done', { file: downloaded }) : ''}
      </p>
    </Section>
  );
}
