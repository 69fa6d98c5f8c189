import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'active' | 'safe' | 'warning' | 'danger' | 'inactive';

/** A short status word; the tone adds colour, the text always says it all. */
export function StatusBadge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone} app-badge`}>{children}</span>;
}

export function BadgeList({ children }: { children: ReactNode }) {
  return <span className="app-badges">{children}</span>;
}
