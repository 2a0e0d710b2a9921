import type { MessageKey } from '../i18n/messages-id';
import { useI18n } from '../i18n/i18n';

/** A page's own words for readers whose role has no use for it (the offers page names who does). */
export interface NotForRoleWording {
  title: MessageKey;
  line: MessageKey;
}

/**
 * What someone reads on a page their role has no use for (followed or typed by address): one
 * plain line, no form the server would refuse and no "Try again", which would not help. A page
 * may give its title and its own line through `wording`; otherwise the general line is shown.
 */
export function NotForRole({ wording }: { wording?: NotForRoleWording | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {wording && <h1>{t(wording.title)}</h1>}
      <p className="notice" data-testid="not-for-role">
        {t(wording?.line ?? 'common.notForRole')}
      </p>
    </>
  );
}
