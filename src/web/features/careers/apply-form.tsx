import { useEffect, useRef, useState, type FormEvent } from 'react';
import { privacyNoticeVersion } from '../../../domain/careers';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { CheckField } from '../../components/checkbox-group';
import { ErrorNotice, TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';
import './careers.css';

type PublicJob = ApiSchema<'PublicJob'>;

const emptyForm = {
  fullName: '',
  email: '',
  phone: '',
  city: '',
  portfolioUrl: '',
  expectedSalary: '',
  website: '',
};

/**
 * The apply form. What the candidate typed stays in the form when the server finds a problem;
 * each problem shows at its field in the candidate's language.
 */
export function ApplyForm({ job }: { job: PublicJob }) {
  const { t, locale } = useI18n();
  const [cv, setCv] = useState<File | null>(null);
  const [consent, setConsent] = useState(false);
  const [talentPool, setTalentPool] = useState(false);
  const applying = useApiMutation('post', '/api/careers/jobs/{jobId}/applications');
  const { error } = applying;
  const busy = applying.isPending;
  const done = applying.data?.jobTitle;
  const { draft: form, bind, set, fieldError } = useDraft(emptyForm, error);
  const formRef = useRef<HTMLFormElement>(null);
  // The errors show above the button the candidate pressed, off a phone's screen: bring the
  // first one into view and put the cursor there.
  useEffect(() => {
    if (!error) return;
    const form = formRef.current;
    const first =
      form?.querySelector<HTMLElement>('.field--invalid :is(input, select, textarea)') ??
      form?.querySelector<HTMLElement>('[role=alert]');
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const data = new FormData();
    for (const [name, value] of Object.entries(form)) data.append(name, value);
    if (consent) data.append('consent', 'true');
    if (talentPool) data.append('talentPool', 'true');
    data.append('privacyNoticeVersion', privacyNoticeVersion);
    data.append('locale', locale);
    if (cv) data.append('cv', cv, cv.name);
    applying.mutate({ path: { jobId: job.id }, body: data });
  };

  if (done) {
    return (
      <section className="apply apply--done" aria-live="polite">
        <h2>{t('apply.thanksTitle')}</h2>
        <p>{t('apply.thanks', { job: done })}</p>
      </section>
    );
  }
  const cvError = fieldError('cv');
  return (
    <section className="apply" aria-labelledby="apply-title">
      <h2 id="apply-title">{t('apply.title')}</h2>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        {error?.code === 'rate_limited' ? (
          <p className="notice notice--error" role="alert">
            {t('apply.rateLimited')}
          </p>
        ) : (
          <ErrorNotice error={error} />
        )}
        <TextField label={t('apply.fullName')} autoComplete="name" {...bind('fullName')} required />
        <TextField
          label={t('apply.email')}
          type="email"
          autoComplete="email"
          {...bind('email')}
          required
        />
        <TextField
          label={t('apply.phone')}
          type="tel"
          autoComplete="tel"
          hint={t('apply.phoneHint')}
          {...bind('phone')}
          required
        />
        <TextField
          label={t('apply.city')}
          autoComplete="address-level2"
          {...bind('city')}
          required
        />
        <TextField
          label={t('apply.cv')}
          name="cv"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          hint={t('apply.cvHint')}
          onChange={(e) => setCv(e.target.files?.[0] ?? null)}
          error={cvError}
          required
        />
        <TextField
          label={t('apply.portfolio')}
          inputMode="url"
          placeholder="github.com/…"
          hint={t('apply.portfolioHint')}
          {...bind('portfolioUrl')}
        />
        <TextField
          label={t('apply.expectedSalary')}
          inputMode="numeric"
          placeholder="Rp …"
          hint={t('apply.expectedSalaryHint')}
          {...bind('expectedSalary')}
        />
        {/* The honeypot: hidden from people (and screen readers), filled in by form robots. */}
        <div className="honeypot" aria-hidden="true">
          <label>
            {t('apply.website')}
            <input
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={form.website}
              onChange={(e) => set('website', e.target.value)}
            />
          </label>
        </div>
        <details className="privacy" open>
          <summary>{t('apply.privacyTitle')}</summary>
          <p>{t('apply.privacy', { months: job.retentionMonths })}</p>
        </details>
        <CheckField
          label={t('apply.consent', { version: privacyNoticeVersion })}
          name="consent"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          error={fieldError('consent')}
        />
        <CheckField
          label={t('apply.talentPool')}
          name="talentPool"
          checked={talentPool}
          onChange={(e) => setTalentPool(e.target.checked)}
        />
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {busy ? t('apply.sending') : t('apply.submit')}
        </button>
      </form>
    </section>
  );
}
