import { useState, type CSSProperties, type ReactNode } from 'react';
import { Alert } from './Alert';
import { Button } from './Button';
import { ButtonGroup } from './ButtonGroup';
import { Paragraph } from './Paragraph';
import { TextField } from './TextField';

interface ShownOnceProps {
  /** Says that the API shows this only now, and what to do with it. */
  notice: string;
  label: string;
  name: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  /** More about it, e.g. until when it works. */
  children?: ReactNode;
}

/**
 * A secret the API returns only once (a link, a key): shown read-only, selected on focus, with a
 * copy button. Where the clipboard is not available the selected text can still be copied by hand.
 */
export function ShownOnce({ notice, label, name, value, copyLabel, copiedMessage, children }: ShownOnceProps) {
  const [copiedValue, setCopiedValue] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopiedValue(value);
    } catch {
      setCopiedValue(null);
    }
  }

  return (
    <Alert type="ok" role="status">
      <Paragraph>{notice}</Paragraph>
      {children}
      <div className="app-shown-once" style={{ '--app-shown-once-length': value.length } as CSSProperties}>
        <TextField label={label} name={name} readOnly value={value} spellCheck={false} onFocus={(event) => event.target.select()} />
      </div>
      <ButtonGroup>
        <Button onClick={() => void copy()}>{copyLabel}</Button>
      </ButtonGroup>
      {copiedValue === value && <Paragraph>{copiedMessage}</Paragraph>}
    </Alert>
  );
}
