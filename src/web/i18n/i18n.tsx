import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { fromApiInstant } from '../api/dates';
import type { MessageKey, Messages } from './messages-id';
import { formatNumber, type NumberShape } from './number-format';

export type Locale = 'id' | 'en';
const storageKey = 'seleksi.locale';
/**
 * Each language's catalogue is its own chunk, fetched when first needed: a reader downloads only
 * the language they read, which keeps the careers page and the portal light on a phone.
 */
const catalogues: Partial<Record<Locale, Messages>> = {};
const imports: Record<Locale, () => Promise<Messages>> = {
  id: async () => (await import('./messages-id')).messagesId,
  en: async () => (await import('./messages-en')).messagesEn,
};

export async function loadCatalogue(locale: Locale): Promise<void> {
  catalogues[locale] ??= await imports[locale]();
}
/** Indonesian companies work in Jakarta time unless told otherwise. */
export const defaultTimeZone = 'Asia/Jakarta';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A message key chosen at run time (a stage, a role, an error code); falls back when unknown. */
  tk(prefix: string, code: string, fallback?: string): string;
  dateTime(iso: string): string;
  date(iso: string): string;
  /**
   * A number the reader's way ("3,38" in Indonesian, "3.38" in English): with this many decimals
   * (none by default), or in the shape given (at most so many decimals, signed, a percentage).
   */
  number(value: number, shape?: number | NumberShape): string;
}

export function storedLocale(): Locale | undefined {
  const value = localStorage.getItem(storageKey);
  return value === 'id' || value === 'en' ? value : undefined;
}

/** The language the address asks for (`?lang=en`: a careers page's English address), if any. */
export function addressLocale(): Locale | undefined {
  const value = new URLSearchParams(window.location.search).get('lang');
  return value === 'id' || value === 'en' ? value : undefined;
}

/** The first of the browser's languages that the app speaks (`en-US` reads as English), if any. */
export function browserLocale(): Locale | undefined {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.slice(0, 2).toLowerCase();
    if (language === 'id' || language === 'en') return language;
  }
  return undefined;
}

/** The address's language first (a shared English link opens in English), then the saved one. */
export function initialLocale(): Locale {
  return addressLocale() ?? storedLocale() ?? 'id';
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  // main.tsx loads the initial locale's catalogue before the first render.
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    void loadCatalogue(next).then(() => {
      document.documentElement.lang = next;
      setLocaleState(next);
    });
  }, []);
  const value = useMemo<I18n>(() => {
    // Loaded before the first render (main.tsx) and before any switch (setLocale).
    const messages = catalogues[locale]!;
    const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
    const intlLocale = locale === 'id' ? 'id-ID' : 'en-GB';
    const dateTimeFormat = new Intl.DateTimeFormat(intlLocale, {
      timeZone: defaultTimeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const dateFormat = new Intl.DateTimeFormat(intlLocale, {
      timeZone: defaultTimeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    return {
      locale,
      setLocale,
      t,
      tk: (prefix, code, fallback) => {
        const key = `${prefix}.${code}`;
        return key in messages ? messages[key as MessageKey] : (fallback ?? code);
      },
      dateTime: (iso) =>
        `${dateTimeFormat.format(fromApiInstant(iso))} ${messages['common.timezone']}`,
      date: (iso) => dateFormat.format(fromApiInstant(iso)),
      number: (value, shape) => formatNumber(locale, value, shape),
    };
  }, [locale, setLocale]);
  document.documentElement.lang = locale;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
