import type { ReactNode } from 'react';

/** The first stop for keyboard users: jumps past the header and navigation. */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href={`#${targetId}`}>
      {children}
    </a>
  );
}
