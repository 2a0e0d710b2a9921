/** The languages Seleksi speaks to users and candidates: Indonesian first, then English. */
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];
