import { useState } from 'react';
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
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/set-password#${link.token}`;
  const copy = async () => {
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="notice password-link" aria-live="polite" data-testid="password-link">
      <h2>{t('users.linkTitle', { name: person.name })}</h2>
      <p>{t('users.linkHelp', { email: person.email, date: dateTime(link.expiresAt) })}</p>
      <div className="password-link__row">
        <input
          readOnly
          value={url}
          aria-label={t('users.linkTitle', { name: person.name })}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('users.copy')}
        </button>
      </div>
      {copied && <p className="muted">{t('users.copied')}</p>}
    </section>
  );
}
