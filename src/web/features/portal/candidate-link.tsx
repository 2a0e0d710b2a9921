import { useEffect } from 'react';
import { storedLocale, useI18n } from '../../i18n/i18n';

/** A page behind a candidate's link opens in their e-mail language, unless they chose one here. */
export function useCandidateLanguage(locale: 'id' | 'en' | undefined): void {
  const { setLocale } = useI18n();
  useEffect(() => {
    if (locale && !storedLocale()) setLocale(locale);
  }, [locale, setLocale]);
}

/** A wrong, revoked or expired link: one plain page that reveals nothing. */
export function LinkUnavailable({ title, text }: { title: string; text: string }) {
  return (
    <section className="portal portal--unavailable">
      <h1>{title}</h1>
      <p>{text}</p>
    </section>
  );
}
