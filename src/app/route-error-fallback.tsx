import type { FallbackProps } from 'react-error-boundary';
import { Link } from 'react-router';
import { useI18n } from '../shared/i18n/use-i18n';
import { primaryButton, secondaryButton } from '../shared/ui/form-classes';
import { isChunkLoadError } from './chunk-load-error';
import { useFocusOnScreenMount } from './route-focus';

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * What a screen shows instead of itself when it failed: a render error offers "Try again", a
 * screen whose code could not be downloaded offers a reload. Both link to the board; the app
 * frame around stays usable, and nothing stored is touched.
 */
export function RouteErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useI18n();
  useFocusOnScreenMount();
  const isChunk = isChunkLoadError(error);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <title>{t('routeError.documentTitle')}</title>
      <div role="alert">
        <h1 className="text-3xl font-bold tracking-tight">
          {isChunk ? t('routeError.chunk.title') : t('routeError.title')}
        </h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          {isChunk ? t('routeError.chunk.body') : t('routeError.body')}
        </p>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        {isChunk ? (
          <button
            type="button"
            className={primaryButton}
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('routeError.reload')}
          </button>
        ) : (
          <button
            type="button"
            className={primaryButton}
            onClick={() => {
              resetErrorBoundary();
            }}
          >
            {t('routeError.retry')}
          </button>
        )}
        <Link to="/board" className={secondaryButton}>
          {t('routeError.board')}
        </Link>
      </div>
      <details className="mt-8 text-sm text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer font-semibold">{t('routeError.details')}</summary>
        <pre className="mt-2 overflow-x-auto rounded-md bg-slate-100 p-3 whitespace-pre-wrap dark:bg-slate-900">
          {errorText(error)}
        </pre>
      </details>
    </div>
  );
}
