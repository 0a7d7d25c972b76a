import type { ReactNode } from 'react';

/** A titled section of a detection page; its id is the anchor and the test hook. Styled by `.card` (globals.css). */
export function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section id={id} data-testid={`section-${id}`} className="card">
      <div className="card-head">
        <h2>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
