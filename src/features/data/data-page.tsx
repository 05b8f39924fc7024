import { useI18n } from '../../shared/i18n/use-i18n';
import { DemoDataSection } from './components/demo-data-section';
import { ExportSection } from './components/export-section';
import { ImportCsvSection } from './components/import-csv-section';
import { ImportJsonSection } from './components/import-json-section';
import { StorageSection } from './components/storage-section';

/** Backup, restore, CSV import, demo data and storage: the `/data` screen. */
export function DataPage() {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <title>{t('data.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('data.title')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t('data.intro')}</p>
      <div className="mt-8 flex flex-col gap-6">
        <ExportSection />
        <ImportJsonSection />
        <ImportCsvSection />
        <DemoDataSection />
        <StorageSection />
      </div>
    </div>
  );
}
