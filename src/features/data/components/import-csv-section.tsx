import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useClock } from '../../../clock/use-clock';
import { accountQueries } from '../../../queries/account-queries';
import { describeDataError } from '../../../queries/data-errors';
import {
  parseCsv,
  previewCsvImport,
  proposeMapping,
  useImportCsv,
  type ColumnMapping,
  type CsvTable,
} from '../../../queries/data-transfer';
import { policyQueries } from '../../../queries/policy-queries';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { csvParseProblemText } from '../model/import-problem-text';
import { CsvMappingFields } from './csv-mapping-fields';
import { CsvPreviewTable } from './csv-preview-table';
import { Failure, Section, Success, fileInput, primaryButton } from './ui';

/** Tickets from another helpdesk: file → column mapping → preview with problems → import. */
export function ImportCsvSection() {
  const { t, tPlural } = useI18n();
  const clock = useClock();
  const inputId = useId();
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fileKey, setFileKey] = useState(0);
  const policy = useQuery(policyQueries.active());
  const accounts = useQuery(accountQueries.list());
  const importCsv = useImportCsv({ errorsShownInline: true });

  const preview = useMemo(() => {
    if (!table || !policy.data || !accounts.data) return null;
    return previewCsvImport(table.rows, mapping, {
      policy: policy.data,
      accounts: accounts.data,
      nowMs: clock.now(),
      limit: 10,
    });
  }, [table, mapping, policy.data, accounts.data, clock]);

  const onFile = async (file: File | undefined) => {
    importCsv.reset();
    if (!file) return setTable(null);
    const parsed = parseCsv(await file.text());
    setTable(parsed);
    setMapping(proposeMapping(parsed.headers));
  };
  const importable = preview ? preview.totalRows - preview.rowsWithProblems : 0;
  const firstProblem = table?.problems[0];

  return (
    <Section id="data-import-csv" title={t('data.csv.title')} intro={t('data.csv.intro')}>
      <label htmlFor={inputId} className="mb-2 block font-medium">
        {t('data.csv.file')}
      </label>
      <input
        key={fileKey}
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        className={fileInput}
        onChange={(event) => {
          void onFile(event.currentTarget.files?.[0]);
        }}
      />
      {firstProblem ? (
        <Failure>
          {t('data.csv.unreadable', {
            row: firstProblem.rowNumber,
            reason: csvParseProblemText(firstProblem.code, t),
          })}
        </Failure>
      ) : null}
      {table && table.rows.length === 0 ? <Failure>{t('data.csv.empty')}</Failure> : null}
      {table && table.rows.length > 0 && preview ? (
        <form
          className="mt-5"
          onSubmit={(event) => {
            event.preventDefault();
            importCsv.mutate(
              { rows: table.rows, mapping },
              {
                onSuccess: () => {
                  setTable(null);
                  setFileKey((key) => key + 1);
                },
              },
            );
          }}
        >
          <CsvMappingFields headers={table.headers} mapping={mapping} onChange={setMapping} />
          <CsvPreviewTable preview={preview} />
          <button
            type="submit"
            className={`${primaryButton} mt-4`}
            disabled={importable === 0 || importCsv.isPending}
          >
            {importCsv.isPending ? t('data.working') : tPlural('data.csv.import', importable)}
          </button>
        </form>
      ) : null}
      {importCsv.error ? (
        <Failure>
          {t('data.importJson.failed', {
            reason: dataErrorText(t, describeDataError(importCsv.error)),
          })}
        </Failure>
      ) : null}
      {importCsv.data ? (
        <Success>
          {t('data.csv.done', {
            imported: tPlural('data.csv.imported', importCsv.data.counts.tickets.added),
            kept: tPlural('data.csv.kept', importCsv.data.counts.tickets.skipped),
            left: tPlural('data.csv.left', importCsv.data.skippedRows),
          })}
        </Success>
      ) : null}
    </Section>
  );
}
