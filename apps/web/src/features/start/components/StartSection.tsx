import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * One block of the start page: a heading, what needs attention (or a calm line when nothing
 * does), and a link to the page where the user acts on it.
 */
export function StartSection({
  id,
  title,
  level = 2,
  empty,
  emptyText,
  link,
  children,
}: {
  id: string;
  title: string;
  level?: 2 | 3;
  empty: boolean;
  emptyText: string;
  link?: { to: string; label: string };
  children?: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className="start-section">
      <Heading id={id}>{title}</Heading>
      {empty ? <p className="muted">{emptyText}</p> : children}
      {link && (
        <p>
          <Link to={link.to}>{link.label}</Link>
        </p>
      )}
    </section>
  );
}
