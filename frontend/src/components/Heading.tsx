import type { ComponentPropsWithRef } from 'react';
import { classNames } from './classNames';

interface HeadingProps extends ComponentPropsWithRef<'h1'> {
  level: 1 | 2 | 3;
}

export function Heading({ level, className, ...props }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag className={classNames(`utrecht-heading-${level}`, className)} {...props} />;
}
