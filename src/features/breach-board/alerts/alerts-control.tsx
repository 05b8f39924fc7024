import { memo, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { AlertPreferences } from '../../../queries/data-types';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { focusRing } from '../components/board-classes';
import type { Beeper } from './beeper';
import { notificationSupport, requestNotifications } from './notifications';

type Problem = 'unsupported' | 'denied' | 'dismissed';

const PROBLEM_TEXT: Record<Problem, MessageKey> = {
  unsupported: 'alerts.unsupported',
  denied: 'alerts.denied',
  dismissed: 'alerts.dismissed',
};

interface AlertsControlProps {
  alerts: AlertPreferences;
  onChange: (patch: Partial<AlertPreferences>) => void;
  beeper: Beeper;
}

const checkbox = `mt-0.5 size-4 shrink-0 accent-indigo-700 dark:accent-indigo-300 ${focusRing}`;

/**
 * "Alerts": a disclosure with the three opt-in alerts. Turning notifications on asks the browser
 * for permission in that very click, and says why when it refuses; turning sound on plays a beep
 * (the click is the gesture browsers require).
 */
export const AlertsControl = memo(function AlertsControl({
  alerts,
  onChange,
  beeper,
}: AlertsControlProps) {
  const { t, tPlural } = useI18n();
  const id = useId();
  const onCount = Object.values(alerts).filter(Boolean).length;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [attempt, setAttempt] = useState<Problem | null>(null);
  const support = notificationSupport();
  useEffect(() => {
    if (!isOpen) return undefined;
    const close = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('keydown', close);
    };
  }, [isOpen]);
  // A permission withdrawn since notifications were turned on is a problem too.
  const problem =
    attempt ??
    (alerts.notifications && support !== 'granted'
      ? support === 'unsupported'
        ? 'unsupported'
        : 'denied'
      : null);

  const onNotifications = (event: ChangeEvent<HTMLInputElement>) => {
    if (!event.target.checked) {
      setAttempt(null);
      onChange({ notifications: false });
      return;
    }
    requestNotifications()
      .then((result) => {
        if (result === 'granted') {
          setAttempt(null);
          onChange({ notifications: true });
        } else {
          setAttempt(result === 'default' ? 'dismissed' : result);
        }
      })
      .catch((error: unknown) => {
        console.warn('Notification permission request failed', error);
        setAttempt('unsupported');
      });
  };

  const onSound = (event: ChangeEvent<HTMLInputElement>) => {
    const isOn = event.target.checked;
    if (isOn) {
      beeper.unlock();
      beeper.beep();
    }
    onChange({ sound: isOn });
  };

  const option = (
    name: keyof AlertPreferences,
    handler: (e: ChangeEvent<HTMLInputElement>) => void,
  ) => (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        checked={alerts[name]}
        onChange={handler}
        aria-describedby={name === 'notifications' && problem ? `${id}-problem` : undefined}
        className={checkbox}
      />
      <span>{t(`alerts.${name}`)}</span>
    </label>
  );

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setIsOpen(!isOpen);
        }}
        className={`inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800 ${focusRing}`}
      >
        {t('alerts.toggle')}
        {onCount > 0 ? (
          <span className="rounded-full bg-indigo-100 px-2 text-xs text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100">
            {tPlural('alerts.onCount', onCount)}
          </span>
        ) : null}
        <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      <div
        id={`${id}-panel`}
        hidden={!isOpen}
        className="absolute top-full left-0 z-30 mt-2 w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 font-semibold">{t('alerts.legend')}</legend>
          <div>
            {option('notifications', onNotifications)}
            <div aria-live="polite">
              {problem ? (
                <p
                  id={`${id}-problem`}
                  className="mt-1 pl-6 font-semibold text-red-800 dark:text-red-300"
                >
                  {t(PROBLEM_TEXT[problem])}
                </p>
              ) : null}
            </div>
          </div>
          {option('sound', onSound)}
          {alerts.sound ? (
            <p className="-mt-2 pl-6 text-slate-600 dark:text-slate-400">{t('alerts.soundHint')}</p>
          ) : null}
          {option('titleCount', (event) => {
            onChange({ titleCount: event.target.checked });
          })}
        </fieldset>
        <p className="mt-3 text-slate-600 dark:text-slate-400">{t('alerts.scope')}</p>
      </div>
    </div>
  );
});
