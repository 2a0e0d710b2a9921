import { useI18n } from '../i18n/i18n';

/**
 * Previous and next around "page n of m", for a list the server pages. Shows nothing while the
 * list fits one page. `hasNext` stands in where the last page is not known (the audit log past
 * its counting cap); `label` then says which page this is without a total.
 */
export function Pagination({
  page,
  pages,
  onPage,
  hasNext = page < pages,
  label,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  hasNext?: boolean;
  label?: string;
}) {
  const { t } = useI18n();
  if (pages <= 1 && !hasNext) return null;
  const where = label ?? t('common.page', { page, pages });
  return (
    <nav className="pagination" aria-label={where}>
      <button
        className="button"
        type="button"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('common.previous')}
      </button>
      <span>{where}</span>
      <button className="button" type="button" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
