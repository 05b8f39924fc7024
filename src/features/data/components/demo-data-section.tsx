import { useState } from 'react';
import { describeDataError } from '../../../queries/data-errors';
import { useLoadDemoData } from '../../../queries/data-transfer';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { SegmentedControl } from '../../../shared/ui/segmented-control';
import { Failure, Section, Success, primaryButton } from './ui';

const COUNTS = ['100', '1000', '10000'] as const;
type Count = (typeof COUNTS)[number];

/** Loads 100, 1,000 or 10,000 demo tickets (and their accounts) in one transaction. */
export function DemoDataSection() {
  const { t, tPlural, locale } = useI18n();
  const [count, setCount] = useState<Count>('100');
  const demo = useLoadDemoData({ errorsShownInline: true });
  const number = new Intl.NumberFormat(locale);
  return (
    <Section id="data-demo" title={t('data.demo.title')} intro={t('data.demo.intro')}>
      <div className="flex flex-wrap items-center gap-3">
        <span aria-hidden="true" className="text-sm font-medium">
          {t('data.demo.count')}
        </span>
        <SegmentedControl
          legend={t('data.demo.count')}
          value={count}
          onChange={setCount}
          options={COUNTS.map((value) => ({ value, label: number.format(Number(value)) }))}
        />
        <button
          type="button"
          className={primaryButton}
          disabled={demo.isPending}
          onClick={() => {
            demo.mutate({ ticketCount: Number(count) });
          }}
        >
          {demo.isPending ? t('data.working') : t('data.demo.load')}
        </button>
      </div>
      {demo.isSuccess ? (
        <Success>
          {t('data.demo.done', {
            added: tPlural('data.demo.added', demo.data.tickets.added),
            skipped: tPlural('data.demo.skipped', demo.data.tickets.skipped),
          })}
        </Success>
      ) : null}
      {demo.error ? <Failure>{dataErrorText(t, describeDataError(demo.error))}</Failure> : null}
    </Section>
  );
}
