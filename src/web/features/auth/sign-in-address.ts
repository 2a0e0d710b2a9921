/**
 * The addresses people type to sign in. The app signs in on any address (a deep link shows the
 * sign-in form, then the page), but these name no page of their own: once signed in they lead on.
 */
const signInPaths = new Set(['/login', '/signin', '/sign-in', '/masuk']);

export const isSignInAddress = (path: string) => signInPaths.has(path.replace(/\/+$/, '') || '/');

/**
 * Where a sign-in address leads once signed in: its `next` (`/login?next=/candidates`) when that
 * is an address of this app, Today otherwise. Another site (`//evil.example`, `https:…`) is never
 * followed.
 */
export function landingAfterSignIn(search: URLSearchParams): string {
  const next = search.get('next') ?? '';
  const local = /^\/(?![/\\])/.test(next) && !/\s/.test(next);
  if (!local) return '/';
  return isSignInAddress(new URL(next, 'http://app.invalid').pathname) ? '/' : next;
}
