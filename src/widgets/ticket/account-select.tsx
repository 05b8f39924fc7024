import type { AccountRecord } from '../../queries/data-types';
import type { Policy } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import { fieldError, fieldHint, fieldLabel, textInput } from '../../shared/ui/form-classes';
import { regionName } from '../../shared/format/region-name';

interface AccountSelectProps {
  accounts: readonly AccountRecord[];
  policy: Policy;
  value: string;
  error: string | undefined;
  onChange: (accountId: string) => void;
}

/** The account of a new ticket, with the plan, kind of promise and region it will take. */
export function AccountSelect({ accounts, policy, value, error, onChange }: AccountSelectProps) {
  const { t } = useI18n();
  const account = accounts.find((candidate) => candidate.id === value);
  return (
    <div>
      <label htmlFor="ticket-account" className={fieldLabel}>
        {t('newTicket.account')}
      </label>
      <select
        id="ticket-account"
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby="ticket-account-facts ticket-account-error"
        onChange={(event) => {
          onChange(event.target.value);
        }}
        className={textInput}
      >
        <option value="">{t('newTicket.chooseAccount')}</option>
        {accounts.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
      <p id="ticket-account-facts" className={fieldHint}>
        {account &&
          t('newTicket.accountFacts', {
            tier: t(`tier.${account.tier}`),
            promise: t(`promise.${policy.tiers[account.tier].promise}.short`),
            region: regionName(policy, account.region, t),
          })}
      </p>
      <p id="ticket-account-error" className={fieldError}>
        {error}
      </p>
    </div>
  );
}
