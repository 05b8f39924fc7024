import { useId, useState } from 'react';
import type { ExistingTickets, ExportData } from '../../../queries/data-transfer';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { primaryButton, secondaryButton } from './ui';

interface ImportJsonConfirmProps {
  fileName: string;
  value: ExportData;
  isPending: boolean;
  onConfirm: (existingTickets: ExistingTickets) => void;
  onCancel: () => void;
}

/** What a good file holds, and the choice for tickets whose id is already stored. */
export function ImportJsonConfirm({
  fileName,
  value,
  isPending,
  onConfirm,
  onCancel,
}: ImportJsonConfirmProps) {
  const { t, tPlural, locale } = useI18n();
  const name = useId();
  const [existing, setExisting] = useState<ExistingTickets>('skip');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const choices: { value: ExistingTickets; label: string }[] = [
    { value: 'skip', label: t('data.importJson.skip') },
    { value: 'replace', label: t('data.importJson.replace') },
  ];

  return (
    <form
      className="mt-4 rounded-md border border-indigo-300 bg-indigo-50 p-4 dark:border-indigo-700 dark:bg-indigo-950"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(existing);
      }}
    >
      <p>
        {t('data.importJson.summary', {
          file: fileName,
          tickets: tPlural('data.count.tickets', value.tickets.length),
          accounts: tPlural('data.count.accounts', value.accounts.length),
          policies: tPlural('data.count.policies', value.policies.length),
          date: date.format(value.exportedAt),
        })}
      </p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {t('data.importJson.settingsNote')}
      </p>
      <fieldset className="mt-3">
        <legend className="font-medium">{t('data.importJson.existing')}</legend>
        <div className="mt-2 flex flex-col gap-2">
          {choices.map((choice) => (
            <label key={choice.value} className="flex min-h-6 items-center gap-2">
              <input
                type="radio"
                name={name}
                value={choice.value}
                checked={existing === choice.value}
                onChange={() => {
                  setExisting(choice.value);
                }}
                className="size-4 accent-indigo-700 dark:accent-indigo-300"
              />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={isPending}>
          {isPending ? t('data.working') : t('data.importJson.confirm')}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t('data.importJson.cancel')}
        </button>
      </div>
    </form>
  );
}
