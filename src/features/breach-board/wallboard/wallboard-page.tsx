import { useI18n } from '../../../shared/i18n/use-i18n';

/** `/wallboard`: the board for a wall screen (being built). */
export function WallboardPage() {
  const { t } = useI18n();
  return (
    <main className="min-h-dvh bg-slate-950 p-6 text-slate-50">
      <title>{t('wallboard.documentTitle')}</title>
      <h1 className="text-4xl font-bold">{t('wallboard.title')}</h1>
    </main>
  );
}
