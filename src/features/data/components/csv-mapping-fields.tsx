import { useId } from 'react';
import { CSV_FIELDS, type ColumnMapping, type CsvField } from '../../../queries/data-transfer';
import { useI18n } from '../../../shared/i18n/use-i18n';

interface CsvMappingFieldsProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const selectClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:focus-visible:outline-indigo-300';

/** One select per field: which column of the file holds it, or none. */
export function CsvMappingFields({ headers, mapping, onChange }: CsvMappingFieldsProps) {
  const { t } = useI18n();
  const id = useId();
  const change = (field: CsvField, header: string) => {
    const next = { ...mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    onChange(next);
  };
  return (
    <fieldset>
      <legend className="text-lg font-semibold">{t('data.csv.mapping')}</legend>
      <div className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        {CSV_FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`} className="text-sm font-medium">
              {t(`data.csv.field.${field}`)}
            </label>
            <select
              id={`${id}-${field}`}
              className={selectClass}
              value={mapping[field] ?? ''}
              onChange={(event) => {
                change(field, event.currentTarget.value);
              }}
            >
              <option value="">{t('data.csv.notInFile')}</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
