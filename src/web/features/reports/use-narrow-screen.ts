import { useSyncExternalStore } from 'react';

/** Phones: below this width charts give way to their tables. */
const narrowQuery = '(max-width: 40rem)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(narrowQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(narrowQuery).matches);
}
