import { CopyField } from '../../components/copy-field';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type PasswordLinkOut = ApiSchema<'PasswordLink'>;

/** The link goes out by e-mail; should that not arrive, the admin passes it on by hand. */
export function PasswordLinkNotice({
  link,
  person,
}: {
  link: PasswordLinkOut;
  person: { name: string; email: string };
}) {
  const { t, dateTime } = useI18n();
  const url = `${window.location.origin}/set-password#${link.token}`;
  const title = t('users.linkTitle', { name: person.name });
  return (
    <section className="notice password-link" aria-live="polite" data-testid="password-link">
      <h2>{title}</h2>
      <p>{t('users.linkHelp', { email: person.email, date: dateTime(link.expiresAt) })}</p>
      <CopyField value={url} label={title} copy={t('users.copy')} />
    </section>
  );
}
