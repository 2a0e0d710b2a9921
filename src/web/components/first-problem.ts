import { useEffect, useRef } from 'react';

/**
 * A form refused by the server puts the cursor in its first field in error, brought into view,
 * so that a keyboard or a screen reader lands where the first fix is. Give the ref to the form
 * (or the section holding its fields); the effect runs when a new refusal reaches it.
 */
export function useFirstProblemFocused<T extends HTMLElement>(error: unknown) {
  const scope = useRef<T>(null);
  useEffect(() => {
    if (!error) return;
    const first = scope.current?.querySelector<HTMLElement>(
      ':is(input, select, textarea)[aria-invalid="true"]',
    );
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [error]);
  return scope;
}
