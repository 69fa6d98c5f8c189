import type { ReactNode } from 'react';

interface AlertProps {
  type: 'info' | 'ok' | 'warning' | 'error';
  /** `alert` interrupts a screen reader; `status` waits its turn. */
  role: 'alert' | 'status';
  children: ReactNode;
}

export function Alert({ type, role, children }: AlertProps) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
