import { useId, useState } from 'react';
import { describeDataError } from '../../queries/data-errors';
import type { useUpdateSettings } from '../../queries/settings-mutations';
import { dataErrorText } from '../../shared/i18n/data-error-text';
import { useI18n } from '../../shared/i18n/use-i18n';
import { Card } from './card';

const inputClass =
  'mt-1 block w-full max-w-sm rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:focus-visible:outline-indigo-300';

interface TeamSettingsFormProps {
  p1Phone: string;
  agentName: string;
  /** Owned by the page, so its state outlives this form's re-mount after a save. */
  update: ReturnType<typeof useUpdateSettings>;
}

/** The phone number customers see for P1, and the name written on the agent's actions. */
export function TeamSettingsForm({ p1Phone, agentName, update }: TeamSettingsFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [phone, setPhone] = useState(p1Phone);
  const [name, setName] = useState(agentName);
  const isDirty = phone !== p1Phone || name !== agentName;

  return (
    <Card id="settings-team" title={t('settingsPage.team')}>
      <form
        className="flex flex-col gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ p1Phone: phone.trim(), agentName: name.trim() });
        }}
      >
        <div>
          <label htmlFor={`${id}-phone`} className="font-medium">
            {t('settingsPage.p1Phone')}
          </label>
          <p id={`${id}-phone-help`} className="text-sm text-slate-700 dark:text-slate-300">
            {t('settingsPage.p1PhoneHelp')}
          </p>
          <input
            id={`${id}-phone`}
            type="tel"
            autoComplete="off"
            value={phone}
            aria-describedby={`${id}-phone-help`}
            onChange={(event) => {
              setPhone(event.currentTarget.value);
            }}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={`${id}-name`} className="font-medium">
            {t('settingsPage.agentName')}
          </label>
          <p id={`${id}-name-help`} className="text-sm text-slate-700 dark:text-slate-300">
            {t('settingsPage.agentNameHelp')}
          </p>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="name"
            value={name}
            aria-describedby={`${id}-name-help`}
            onChange={(event) => {
              setName(event.currentTarget.value);
            }}
            className={inputClass}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            disabled={update.isPending}
            className="inline-flex min-h-10 items-center rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200 dark:focus-visible:outline-indigo-300"
          >
            {t('settingsPage.save')}
          </button>
          <p role="status" className="text-sm">
            {update.isSuccess && !isDirty ? `✓ ${t('settingsPage.saved')}` : ''}
          </p>
        </div>
        {update.error ? (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {t('settingsPage.saveFailed', {
              reason: dataErrorText(t, describeDataError(update.error)),
            })}
          </p>
        ) : null}
      </form>
    </Card>
  );
}
