import type { ReactNode } from 'react';

interface PolicySectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}

/** A titled part of the policy page, reachable from the table of contents. */
export function PolicySection({ id, title, intro, children }: PolicySectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mt-12 scroll-mt-4">
      <h2 id={headingId} className="text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {intro && <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{intro}</p>}
      <div className="mt-5">{children}</div>
    </section>
  );
}
