import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { textLink } from '../../../shared/ui/form-classes';
import { PhoneIcon } from '../../../shared/ui/icons';

/** The P1 rule: call now, with the number from the settings, or where an admin sets it. */
export function PhoneInstruction({ phone }: { phone: string | undefined }) {
  const { t } = useI18n();
  const number = phone?.trim() ?? '';
  return (
    <div
      role="note"
      aria-labelledby="triage-phone-title"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950 sm:p-5 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <h3 id="triage-phone-title" className="flex items-center gap-2 text-lg font-bold">
        <PhoneIcon className="size-6 shrink-0" />
        {number === '' ? t('triage.phone.missingTitle') : t('triage.phone.title')}
      </h3>
      {number === '' ? (
        <p className="mt-2">
          {t('triage.phone.missingBody')}{' '}
          <Link to="/settings" className={textLink}>
            {t('triage.phone.settingsLink')}
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="mt-2">
            {t('triage.phone.body', { phone: number.replace(/ /g, '\u00a0') })}
          </p>
          <a
            href={`tel:${number.replace(/[^\d+]/g, '')}`}
            className="mt-3 inline-flex items-center gap-2 rounded-md bg-red-800 px-4 py-2 text-lg font-bold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100 dark:focus-visible:outline-red-200"
          >
            <PhoneIcon className="size-5 shrink-0" />
            <span>
              {t('triage.phone.call')} <span className="whitespace-nowrap">{number}</span>
            </span>
          </a>
        </>
      )}
    </div>
  );
}
