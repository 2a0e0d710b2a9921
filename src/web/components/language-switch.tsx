import { useI18n, type Locale } from '../i18n/i18n';

/** Switches the interface language at once; `remember` also saves it elsewhere (the account). */
export function LanguageSwitch({ remember }: { remember?: (locale: Locale) => void }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('nav.language')}>
      {(['id', 'en'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={locale === option}
          lang={option}
          onClick={() => {
            setLocale(option);
            remember?.(option);
          }}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
