import type { ReactNode } from 'react';
import { useApiMutation } from '../../api/queries';
import { PublicLayout } from '../../components/public-layout';
import { useI18n } from '../../i18n/i18n';

/**
 * The portal's frame: a language the candidate picks is saved for them, so the e-mails that follow
 * are written in it too, and the page says so once saved (a switch that silently changed the
 * e-mails surprised a candidate). Staff opening the link are refused by the server and switch only
 * their own screen, with no such notice.
 */
export function PortalLayout({ token, children }: { token: string; children: ReactNode }) {
  const { t } = useI18n();
  const remembering = useApiMutation('put', '/api/portal/{token}/language');
  return (
    <PublicLayout
      rememberLocale={(locale) => remembering.mutate({ path: { token }, body: { locale } })}
    >
      {remembering.isSuccess && (
        <p className="notice notice--ok" role="status">
          {t('portal.languageRemembered')}
        </p>
      )}
      {children}
    </PublicLayout>
  );
}
