import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { fieldLabel, panel, secondaryButton, textInput } from '../../../shared/ui/form-classes';

type CopyState = 'idle' | 'copied' | 'refused';

async function writeToClipboard(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || !('clipboard' in navigator)) {
    throw new Error('No clipboard in this browser.');
  }
  await navigator.clipboard.writeText(text);
}

/** Copies the plain-text summary; if the browser refuses, shows it to select by hand. */
export function CopySummary({ summary }: { summary: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state !== 'refused') return;
    fallbackRef.current?.focus();
    fallbackRef.current?.select();
  }, [state]);

  const copy = () => {
    writeToClipboard(summary).then(
      () => {
        setState('copied');
      },
      () => {
        setState('refused');
      },
    );
  };

  return (
    <section aria-labelledby="triage-copy-title" className={panel}>
      <h2 id="triage-copy-title" className="text-xl font-bold">
        {t('triage.copy.title')}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{t('triage.copy.intro')}</p>
      <button type="button" onClick={copy} className={`${secondaryButton} mt-3`}>
        {t('triage.copy.button')}
      </button>
      <p role="status" className="mt-2 text-sm font-semibold">
        {state === 'copied' && t('triage.copy.done')}
        {state === 'refused' && t('triage.copy.refused')}
      </p>
      {state === 'refused' && (
        <div className="mt-2">
          <label htmlFor="triage-copy-fallback" className={fieldLabel}>
            {t('triage.copy.fallbackLabel')}
          </label>
          <textarea
            id="triage-copy-fallback"
            ref={fallbackRef}
            readOnly
            rows={10}
            value={summary}
            className={`${textInput} text-sm`}
          />
        </div>
      )}
    </section>
  );
}
