import { useId, useState } from 'react';
import { describeDataError } from '../../../queries/data-errors';
import {
  parseExport,
  useImportJson,
  type ExistingTickets,
  type ExportData,
  type ImportProblem,
} from '../../../queries/data-transfer';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { importProblemText } from '../model/import-problem-text';
import { ImportJsonConfirm } from './import-json-confirm';
import { Failure, Section, Success, fileInput } from './ui';

type Step =
  | { kind: 'idle' }
  | { kind: 'bad'; problem: ImportProblem }
  | { kind: 'good'; fileName: string; value: ExportData };

/** Restores a JSON export: check the file, show what it holds, ask about existing ids, write. */
export function ImportJsonSection() {
  const { t, tPlural, locale } = useI18n();
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [fileKey, setFileKey] = useState(0);
  const importJson = useImportJson({ errorsShownInline: true });
  const number = new Intl.NumberFormat(locale);

  const onFile = async (file: File | undefined) => {
    importJson.reset();
    if (!file) return setStep({ kind: 'idle' });
    const parsed = parseExport(await file.text());
    setStep(
      parsed.ok
        ? { kind: 'good', fileName: file.name, value: parsed.value }
        : { kind: 'bad', problem: parsed.problem },
    );
  };
  const apply = (existingTickets: ExistingTickets) => {
    if (step.kind !== 'good') return;
    importJson.mutate(
      { payload: step.value, existingTickets },
      {
        onSuccess: () => {
          setStep({ kind: 'idle' });
          setFileKey((key) => key + 1);
        },
      },
    );
  };
  const cancel = () => {
    setStep({ kind: 'idle' });
    setFileKey((key) => key + 1);
  };
  const counts = importJson.data;

  return (
    <Section
      id="data-import-json"
      title={t('data.importJson.title')}
      intro={t('data.importJson.intro')}
    >
      <label htmlFor={inputId} className="mb-2 block font-medium">
        {t('data.importJson.file')}
      </label>
      <input
        key={fileKey}
        id={inputId}
        type="file"
        accept=".json,application/json"
        className={fileInput}
        onChange={(event) => {
          void onFile(event.currentTarget.files?.[0]);
        }}
      />
      {step.kind === 'bad' ? (
        <Failure>
          <p className="font-semibold">{t('data.importJson.bad')}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-medium">{t('data.importJson.where')}</dt>
            <dd>
              {step.problem.path === '' ? (
                t('data.importJson.wholeFile')
              ) : (
                <code className="font-mono break-all">{step.problem.path}</code>
              )}
            </dd>
            <dt className="font-medium">{t('data.importJson.why')}</dt>
            <dd>{importProblemText(step.problem, t, locale)}</dd>
          </dl>
        </Failure>
      ) : null}
      {step.kind === 'good' ? (
        <ImportJsonConfirm
          fileName={step.fileName}
          value={step.value}
          isPending={importJson.isPending}
          onConfirm={apply}
          onCancel={cancel}
        />
      ) : null}
      {importJson.error ? (
        <Failure>
          {t('data.importJson.failed', {
            reason: dataErrorText(t, describeDataError(importJson.error)),
          })}
        </Failure>
      ) : null}
      {counts ? (
        <Success>
          {t('data.importJson.done', {
            added: tPlural('data.importJson.added', counts.tickets.added),
            replaced: tPlural('data.importJson.replaced', counts.tickets.replaced),
            skipped: tPlural('data.importJson.skipped', counts.tickets.skipped),
            accounts: number.format(counts.accounts.added + counts.accounts.replaced),
            policies: number.format(counts.policies.added + counts.policies.replaced),
          })}
        </Success>
      ) : null}
    </Section>
  );
}
