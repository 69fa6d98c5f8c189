import type { ReactNode } from 'react';

/** Buttons side by side, wrapping on a narrow screen. */
export function ButtonGroup({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className="utrecht-button-group app-button-group" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
