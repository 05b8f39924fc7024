import type { Policy } from '../../../sla';
import { formatDuration } from '../../../shared/format/format-duration';
import { useI18n } from '../../../shared/i18n/use-i18n';
import {
  AGREED_PRIORITIES,
  agreedCadenceMinutes,
  type AccountDraft,
  type AgreedPriority,
  type DraftErrors,
} from '../model/account-draft';
import { fieldError, fieldHint, fieldLabel, textInput } from '../../../shared/ui/form-classes';

interface CadenceFieldsProps {
  draft: AccountDraft;
  errors: DraftErrors;
  policy: Policy;
  onChange: (priority: AgreedPriority, value: string) => void;
}

/** "As agreed" P1/P2 update cadences: enabled only where the tier's policy allows them. */
export function CadenceFields({ draft, errors, policy, onChange }: CadenceFieldsProps) {
  const { t, locale } = useI18n();
  const isAnyAllowed = AGREED_PRIORITIES.some(
    (priority) => agreedCadenceMinutes(policy, draft.tier, priority) !== null,
  );
  return (
    <fieldset aria-describedby="cadences-hint">
      <legend className="text-sm font-semibold">{t('accounts.form.cadences')}</legend>
      <p id="cadences-hint" className={fieldHint}>
        {isAnyAllowed ? t('accounts.form.cadencesHint') : t('accounts.form.cadencesDisabled')}
      </p>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        {AGREED_PRIORITIES.map((priority) => {
          const policyMinutes = agreedCadenceMinutes(policy, draft.tier, priority);
          const id = `cadence-${priority}`;
          return (
            <div key={priority}>
              <label htmlFor={id} className={fieldLabel}>
                {t('accounts.form.cadence', { priority })}
              </label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                disabled={policyMinutes === null}
                value={policyMinutes === null ? '' : draft.cadences[priority]}
                placeholder={policyMinutes === null ? '' : String(policyMinutes)}
                aria-invalid={errors[priority] === true}
                aria-describedby={`${id}-policy ${id}-error`}
                onChange={(event) => {
                  onChange(priority, event.target.value);
                }}
                className={`${textInput} disabled:cursor-not-allowed disabled:bg-slate-100 dark:disabled:bg-slate-800`}
              />
              <p id={`${id}-policy`} className={fieldHint}>
                {policyMinutes !== null &&
                  t('accounts.form.cadencePolicy', {
                    duration: formatDuration(policyMinutes, locale),
                  })}
              </p>
              <p id={`${id}-error`} className={fieldError}>
                {errors[priority] ? t('accounts.form.error.cadence') : ''}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
