import { useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** A small history-API router: the app has a handful of pages and needs nothing more. */
export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** Moves to `to` in place of the current address (a redirect: Back does not return to it). */
export function redirect(to: string): void {
  window.history.replaceState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** The address's path and query, the part of it the pages read. */
function currentAddress(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * The current path and query. A component that renders before it subscribes can miss a move made
 * in between (a click on a nav link after the page appeared but before its effects ran, on a busy
 * machine): it then kept showing the old page at the new address. So on subscribing it reads the
 * address again; a state set to the same string changes nothing.
 */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [address, setAddress] = useState(currentAddress);
  useEffect(() => {
    const update = () => setAddress(currentAddress());
    update();
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return useMemo(() => {
    // Split by hand: a path starting with "//" would read as another host through new URL.
    const query = address.indexOf('?');
    return query < 0
      ? { path: address, search: new URLSearchParams() }
      : { path: address.slice(0, query), search: new URLSearchParams(address.slice(query)) };
  }, [address]);
}

export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.button !== 0
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}

/**
 * Values kept in the address's query string (a list's filters), so a reload, back/forward and a
 * copied link show the same list. `keys` names them, each an empty string when absent.
 */
export function useSearchValues<K extends string>(
  keys: readonly K[],
): [Record<K, string>, typeof changeSearch] {
  const { search } = useLocation();
  const values = Object.fromEntries(keys.map((key) => [key, search.get(key) ?? ''])) as Record<
    K,
    string
  >;
  return [values, changeSearch];
}

/**
 * Sets (or, when empty, removes) query values and tells the pages. Each change is a history entry,
 * so Back returns to the previous filters; but a run of typing into one field (`typing` names it)
 * is a single entry, replaced as the words change, so Back does not replay every keystroke.
 */
export function changeSearch(changes: Record<string, string>, typing?: string): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  const to = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (to === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  const state = typing ? { typing } : null;
  const typingOn = (window.history.state as { typing?: string } | null)?.typing;
  if (typing && typingOn === typing) window.history.replaceState(state, '', to);
  else window.history.pushState(state, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
