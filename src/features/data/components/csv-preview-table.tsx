import { useId } from 'react';
import type { CsvPreview } from '../../../queries/data-transfer';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { csvProblemText } from '../model/import-problem-text';

const cellClass = 'border-b border-slate-200 px-3 py-2 align-top dark:border-slate-700';

/** The first rows as they would be imported, each with its problems (or OK). */
export function CsvPreviewTable({ preview }: { preview: CsvPreview }) {
  const { t, tPlural, locale } = useI18n();
  const captionId = useId();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const newAccounts = preview.newAccounts.map((account) => account.name).join(', ');

  return (
    <div className="mt-6">
      <p>
        {t('data.csv.totals', {
          rows: tPlural('data.csv.rows', preview.totalRows),
          leftOut: tPlural('data.csv.leftOut', preview.rowsWithProblems),
        })}
      </p>
      {newAccounts ? (
        <p className="mt-1">{t('data.csv.newAccounts', { names: newAccounts })}</p>
      ) : null}
      {/* A scrollable region must be reachable by keyboard to scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="mt-3 overflow-x-auto" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption id={captionId} className="mb-2 text-left font-semibold">
            {tPlural('data.csv.preview', preview.rows.length)}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={cellClass}>
                {t('data.csv.rowNumber')}
              </th>
              <th scope="col" className={cellClass}>
                {t('data.csv.field.id')}
              </th>
              <th scope="col" className={cellClass}>
                {t('data.csv.field.title')}
              </th>
              <th scope="col" className={cellClass}>
                {t('data.csv.field.priority')}
              </th>
              <th scope="col" className={cellClass}>
                {t('data.csv.field.createdAt')}
              </th>
              <th scope="col" className={cellClass}>
                {t('data.csv.problems')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.rowNumber}>
                <td className={cellClass}>{row.rowNumber}</td>
                <td className={cellClass}>{row.ticket?.id ?? '—'}</td>
                <td className={cellClass}>{row.ticket?.title ?? '—'}</td>
                <td className={cellClass}>{row.ticket?.priority ?? '—'}</td>
                <td className={cellClass}>
                  {row.ticket ? date.format(row.ticket.createdAt) : '—'}
                </td>
                <td className={cellClass}>
                  {row.problems.length === 0 ? (
                    <span className="text-green-800 dark:text-green-300">
                      <span aria-hidden="true">✓ </span>
                      {t('data.csv.ok')}
                    </span>
                  ) : (
                    <ul className="text-red-800 dark:text-red-300">
                      {row.problems.map((problem, index) => (
                        <li key={index}>
                          <span aria-hidden="true">✕ </span>
                          <strong>
                            {t('data.csv.problemLabel', {
                              field: t(`data.csv.field.${problem.field}`),
                            })}
                          </strong>{' '}
                          {csvProblemText(problem, t, locale)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
