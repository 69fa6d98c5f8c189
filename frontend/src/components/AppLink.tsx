import { Link, type LinkProps } from 'react-router';
import { classNames } from './classNames';

/** A link inside the app, styled as an NL Design System link. */
export function AppLink({ className, ...props }: LinkProps) {
  return <Link className={classNames('utrecht-link', 'utrecht-link--html-a', className)} {...props} />;
}
