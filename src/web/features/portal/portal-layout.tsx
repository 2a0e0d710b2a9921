import type { ReactNode } from 'react';
import { useApiMutation } from '../../api/queries';
import { PublicLayout } from '../../components/public-layout';

/**
 * The portal's frame: a language the candidate picks is saved for them, so the e-mails that follow
 * are written in it too. Staff opening the link are refused by the server and switch only their
 * own screen.
 */
export function PortalLayout({ token, children }: { token: string; children: ReactNode }) {
  const remembering = useApiMutation('put', '/api/portal/{token}/language');
  return (
    <PublicLayout
      rememberLocale={(locale) => remembering.mutate({ path: { token }, body: { locale } })}
    >
      {children}
    </PublicLayout>
  );
}
