import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a form is checked and found wanting, moves focus to its first invalid field (once the
 * error messages are rendered), so keyboard and screen-reader users land on what to fix.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  const handled = useRef(0);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A group (radio buttons) cannot take focus itself: its first option does.
    const target = invalid instanceof HTMLFieldSetElement ? invalid.querySelector<HTMLElement>('input, select, textarea') : invalid;
    target?.focus();
  });
  return useCallback(() => setRequest((count) => count + 1), []);
}
