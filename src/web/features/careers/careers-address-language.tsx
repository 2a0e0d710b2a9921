import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';

/**
 * Keeps a careers page's address in its shown language: Indonesian at the plain path, English
 * with `?lang=en` (the addresses the server's hreflang links and the sitemap name). A link copied
 * after switching to English then opens in English, and the English page is not shared under the
 * Indonesian address. Replaces the entry: switching language is not a step Back should undo.
 */
export function CareersAddressLanguage({ path }: { path: string }) {
  const { locale } = useI18n();
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if ((params.get('lang') ?? 'id') === locale) return;
    if (locale === 'en') params.set('lang', 'en');
    else params.delete('lang');
    const query = params.toString();
    const to = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', to);
  }, [locale, path]);
  return null;
}
