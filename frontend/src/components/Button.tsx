import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { classNames } from './classNames';

type Appearance = 'primary-action' | 'secondary-action' | 'subtle';

interface ButtonProps extends ComponentPropsWithRef<'button'> {
  appearance?: Appearance;
  /** Shown as busy and ignoring clicks, but still focusable so keyboard users keep their place. */
  busy?: boolean;
  /** Like `disabled`, but the button stays focusable and is announced as unavailable. */
  unavailable?: boolean;
}

export function Button({
  appearance = 'secondary-action',
  busy = false,
  unavailable = false,
  className,
  type = 'button',
  onClick,
  ...props
}: ButtonProps) {
  const inert = busy || unavailable;
  return (
    <button
      type={type}
      aria-busy={busy || undefined}
      aria-disabled={inert || undefined}
      className={classNames(
        'utrecht-button',
        `utrecht-button--${appearance}`,
        type === 'submit' && 'utrecht-button--submit',
        busy && 'utrecht-button--busy',
        unavailable && 'utrecht-button--disabled',
        className,
      )}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (inert) event.preventDefault();
        else onClick?.(event);
      }}
      {...props}
    />
  );
}
