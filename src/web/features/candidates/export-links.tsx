import { useI18n } from '../../i18n/i18n';

/**
 * Download links for a list as CSV and XLSX, in the reader's language. `href` builds the
 * export's URL for a format (the caller adds its filters).
 */
export function ExportLinks({
  label,
  href,
}: {
  label: string;
  href: (format: 'csv' | 'xlsx', locale: 'id' | 'en') => string;
}) {
  const { t, locale } = useI18n();
  return (
    <p className="export-links">
      <span>{label}:</span>{' '}
      <a className="button button--quiet button--small" href={href('csv', locale)} download>
        {t('export.csv')}
      </a>{' '}
      <a className="button button--quiet button--small" href={href('xlsx', locale)} download>
        {t('export.xlsx')}
      </a>{' '}
      <small className="muted export-links__help">{t('export.formatHelp')}</small>
    </p>
  );
}
