import type { ComponentPropsWithRef } from 'react';
import { classNames } from './classNames';

interface ParagraphProps extends ComponentPropsWithRef<'p'> {
  lead?: boolean;
}

export function Paragraph({ lead = false, className, ...props }: ParagraphProps) {
  return <p className={classNames('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)} {...props} />;
}
