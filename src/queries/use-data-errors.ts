import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { errorSinkOf } from './client-context';
import type { DataErrorReport } from './data-error-sink';

/** Background data failures to show (as toasts), and how to dismiss one. */
export function useDataErrors(): {
  errors: readonly DataErrorReport[];
  dismiss: (id: number) => void;
} {
  const sink = errorSinkOf(useQueryClient());
  const errors = useSyncExternalStore(sink.subscribe, sink.getSnapshot, sink.getSnapshot);
  return { errors, dismiss: sink.dismiss };
}
