import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A page whose code is fetched when it is first shown, so a visitor downloads only the screens
 * they open (the careers page never carries the staff screens). `load` picks the named export.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/** What shows while a page's code is on its way. */
export function PageLoading({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="page muted">{t('common.loading')}</p>}>{children}</Suspense>
  );
}
