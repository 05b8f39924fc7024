import type { ReactNode } from 'react';

export const primaryButton =
  'inline-flex min-h-10 items-center justify-center rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200 dark:focus-visible:outline-indigo-300';

export const secondaryButton =
  'inline-flex min-h-10 items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-300';

export const fileInput =
  'block w-full max-w-md text-sm text-slate-700 file:mr-3 file:min-h-10 file:cursor-pointer file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-slate-900 hover:file:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-300 dark:file:border-slate-500 dark:file:bg-slate-900 dark:file:text-slate-100 dark:focus-visible:outline-indigo-300';

/** One titled block of the data screen. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-lg border border-slate-200 bg-white p-5 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {intro ? <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** A success message: an icon and words, announced politely. */
export function Success({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="mt-4 flex gap-2 rounded-md border border-green-700 bg-green-50 p-3 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-50"
    >
      <span aria-hidden="true">✓</span>
      <span>{children}</span>
    </p>
  );
}

/** A failure message: an icon and words, announced at once. */
export function Failure({ children }: { children: ReactNode }) {
  return (
    <div
      role="alert"
      className="mt-4 flex gap-2 rounded-md border border-red-700 bg-red-50 p-3 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <span aria-hidden="true">✕</span>
      <div>{children}</div>
    </div>
  );
}
