import { Link, type LinkProps } from 'react-router';
import { classNames } from './classNames';

interface ButtonLinkProps extends LinkProps {
  appearance?: 'primary-action' | 'secondary-action';
}

/** A link to another page that looks like a button, for the main action of a page. */
export function ButtonLink({ appearance = 'secondary-action', className, ...props }: ButtonLinkProps) {
  return (
    <Link
      className={classNames('utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${appearance}`, className)}
      {...props}
    />
  );
}
