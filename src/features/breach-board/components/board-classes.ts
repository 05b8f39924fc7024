/** Tailwind classes of the board's controls (a small copy of the tickets screens' ones). */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-300';

export const textLink = `font-semibold text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100 ${focusRing}`;

export const fieldLabel = 'block text-xs font-semibold text-slate-700 dark:text-slate-300';

export const fieldControl = `mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 ${focusRing}`;

export const panel =
  'rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900';
