import { useRef, useState, type FormEvent } from 'react';
import { useCreateAccount, useUpdateAccount } from '../../../queries/account-mutations';
import { describeDataError } from '../../../queries/data-errors';
import type { AccountRecord } from '../../../queries/data-types';
import { TIER_IDS, type Policy, type TierId } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { accountFields, checkDraft, draftOf, type DraftErrors } from '../model/account-draft';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { CadenceFields } from './cadence-fields';
import {
  alertBox,
  fieldError,
  fieldLabel,
  primaryButton,
  secondaryButton,
  textInput,
} from '../../../shared/ui/form-classes';
import { regionName } from '../../../shared/format/region-name';

interface AccountFormProps {
  /** The account being edited, or undefined to create one. */
  account: AccountRecord | undefined;
  policy: Policy;
  onSaved: (account: AccountRecord, isNew: boolean) => void;
  onCancel: () => void;
}

const isTier = (value: string): value is TierId => TIER_IDS.some((tier) => tier === value);

/** Creates or edits an account: name, plan, region and agreed cadences. */
export function AccountForm({ account, policy, onSaved, onCancel }: AccountFormProps) {
  const { t } = useI18n();
  const create = useCreateAccount({ errorsShownInline: true });
  const update = useUpdateAccount({ errorsShownInline: true });
  const mutation = account ? update : create;
  const [draft, setDraft] = useState(() => draftOf(account, policy));
  const [errors, setErrors] = useState<DraftErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft, policy);
    setErrors(found);
    const firstInvalid = (['name', 'region', 'P1', 'P2'] as const).find((field) => found[field]);
    if (firstInvalid) {
      const id =
        firstInvalid === 'P1' || firstInvalid === 'P2'
          ? `cadence-${firstInvalid}`
          : `account-${firstInvalid}`;
      formRef.current?.querySelector<HTMLElement>(`#${id}`)?.focus();
      return;
    }
    const fields = accountFields(draft, policy);
    const onSuccess = (saved: AccountRecord) => {
      onSaved(saved, account === undefined);
      if (!account) setDraft(draftOf(undefined, policy));
    };
    if (account) update.mutate({ id: account.id, patch: fields }, { onSuccess });
    else create.mutate(fields, { onSuccess });
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-labelledby="account-form-title"
      className="space-y-5"
    >
      <h2 id="account-form-title" tabIndex={-1} className="text-xl font-bold focus:outline-none">
        {account
          ? t('accounts.form.editTitle', { name: account.name })
          : t('accounts.form.createTitle')}
      </h2>
      <div>
        <label htmlFor="account-name" className={fieldLabel}>
          {t('accounts.form.name')}
        </label>
        <input
          id="account-name"
          value={draft.name}
          autoComplete="organization"
          aria-invalid={errors.name === true}
          aria-describedby="account-name-error"
          onChange={(event) => {
            setDraft({ ...draft, name: event.target.value });
          }}
          className={textInput}
        />
        <p id="account-name-error" className={fieldError}>
          {errors.name ? t('accounts.form.error.name') : ''}
        </p>
      </div>
      <div>
        <label htmlFor="account-tier" className={fieldLabel}>
          {t('accounts.form.tier')}
        </label>
        <select
          id="account-tier"
          value={draft.tier}
          onChange={(event) => {
            const tier = event.target.value;
            if (isTier(tier)) setDraft({ ...draft, tier });
          }}
          className={textInput}
        >
          {TIER_IDS.map((tier) => (
            <option key={tier} value={tier}>
              {t('accounts.form.tierOption', {
                tier: t(`tier.${tier}`),
                promise: t(`promise.${policy.tiers[tier].promise}.name`),
              })}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="account-region" className={fieldLabel}>
          {t('accounts.form.region')}
        </label>
        <select
          id="account-region"
          value={draft.region}
          aria-invalid={errors.region === true}
          aria-describedby="account-region-error"
          onChange={(event) => {
            setDraft({ ...draft, region: event.target.value });
          }}
          className={textInput}
        >
          {Object.values(policy.calendars).map((calendar) => (
            <option key={calendar.id} value={calendar.id}>
              {t('accounts.form.regionOption', {
                name: regionName(policy, calendar.id, t),
                zone: calendar.timeZone,
              })}
            </option>
          ))}
        </select>
        <p id="account-region-error" className={fieldError}>
          {errors.region ? t('accounts.form.error.region') : ''}
        </p>
      </div>
      <CadenceFields
        draft={draft}
        errors={errors}
        policy={policy}
        onChange={(priority, value) => {
          setDraft({ ...draft, cadences: { ...draft.cadences, [priority]: value } });
        }}
      />
      {mutation.isError && (
        <p role="alert" className={alertBox}>
          {t('accounts.form.failed', {
            reason: dataErrorText(t, describeDataError(mutation.error)),
          })}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={mutation.isPending} className={primaryButton}>
          {mutation.isPending
            ? t('accounts.form.saving')
            : account
              ? t('accounts.form.save')
              : t('accounts.form.create')}
        </button>
        {account && (
          <button type="button" onClick={onCancel} className={secondaryButton}>
            {t('accounts.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
