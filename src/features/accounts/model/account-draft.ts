import type { AccountRecord } from '../../../queries/data-types';
import type { Policy, TierId } from '../../../sla';

export const AGREED_PRIORITIES = ['P1', 'P2'] as const;
export type AgreedPriority = (typeof AGREED_PRIORITIES)[number];

/** The account form's fields, as typed. */
export interface AccountDraft {
  name: string;
  tier: TierId;
  region: string;
  cadences: Record<AgreedPriority, string>;
}

export type DraftErrors = Partial<Record<'name' | 'region' | AgreedPriority, true>>;

/** The policy's cadence in minutes when the tier lets an account agree its own, else null. */
export function agreedCadenceMinutes(
  policy: Policy,
  tier: TierId,
  priority: AgreedPriority,
): number | null {
  const target = policy.tiers[tier].targets[priority].update;
  return target.kind === 'cadence' && target.asAgreed ? target.minutes : null;
}

export function draftOf(account: AccountRecord | undefined, policy: Policy): AccountDraft {
  const firstRegion = Object.keys(policy.calendars)[0] ?? '';
  return {
    name: account?.name ?? '',
    tier: account?.tier ?? 'standard',
    region: account?.region ?? firstRegion,
    cadences: {
      P1: account?.cadenceOverrides?.P1?.toString() ?? '',
      P2: account?.cadenceOverrides?.P2?.toString() ?? '',
    },
  };
}

const isWholeMinutes = (text: string) => /^\d+$/.test(text.trim()) && Number(text) >= 1;

/** Checks a draft: a name, a region of the policy, and whole-minute cadences where allowed. */
export function checkDraft(draft: AccountDraft, policy: Policy): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.name.trim() === '') errors.name = true;
  if (!Object.hasOwn(policy.calendars, draft.region)) errors.region = true;
  for (const priority of AGREED_PRIORITIES) {
    const text = draft.cadences[priority].trim();
    const isAllowed = agreedCadenceMinutes(policy, draft.tier, priority) !== null;
    if (isAllowed && text !== '' && !isWholeMinutes(text)) errors[priority] = true;
  }
  return errors;
}

/** The stored fields of a valid draft; cadences only where the tier allows them. */
export function accountFields(draft: AccountDraft, policy: Policy): Omit<AccountRecord, 'id'> {
  const overrides: Partial<Record<AgreedPriority, number>> = {};
  for (const priority of AGREED_PRIORITIES) {
    const text = draft.cadences[priority].trim();
    if (agreedCadenceMinutes(policy, draft.tier, priority) !== null && text !== '') {
      overrides[priority] = Number(text);
    }
  }
  return {
    name: draft.name.trim(),
    tier: draft.tier,
    region: draft.region,
    cadenceOverrides: Object.keys(overrides).length > 0 ? overrides : undefined,
  };
}
