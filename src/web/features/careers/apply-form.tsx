import { useEffect, useRef, useState, type FormEvent } from 'react';
import { privacyNoticeVersion } from '../../../domain/careers';
import type { PublicJob } from '../../../server/routes/careers.schema';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

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
  const [form, setForm] = useState(emptyForm);
  const [cv, setCv] = useState<File | null>(null);
  const [consent, setConsent] = useState(false);
  const [talentPool, setTalentPool] = useState(false);
  const applying = useApiMutation('post', '/api/careers/jobs/{jobId}/applications');
  const { error } = applying;
  const busy = applying.isPending;
  const done = applying.data?.jobTitle;
  const fieldError = useFieldErrors(error);
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
  const set = (name: keyof typeof emptyForm) => (value: string) =>
    setForm((current) => ({ ...current, [name]: value }));

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
  const consentError = fieldError('consent');
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
        <TextField
          label={t('apply.fullName')}
          name="fullName"
          autoComplete="name"
          value={form.fullName}
          onChange={(e) => set('fullName')(e.target.value)}
          error={fieldError('fullName')}
          required
        />
        <TextField
          label={t('apply.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={(e) => set('email')(e.target.value)}
          error={fieldError('email')}
          required
        />
        <TextField
          label={t('apply.phone')}
          name="phone"
          type="tel"
          autoComplete="tel"
          hint={t('apply.phoneHint')}
          value={form.phone}
          onChange={(e) => set('phone')(e.target.value)}
          error={fieldError('phone')}
          required
        />
        <TextField
          label={t('apply.city')}
          name="city"
          autoComplete="address-level2"
          value={form.city}
          onChange={(e) => set('city')(e.target.value)}
          error={fieldError('city')}
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
          name="portfolioUrl"
          inputMode="url"
          placeholder="github.com/…"
          hint={t('apply.portfolioHint')}
          value={form.portfolioUrl}
          onChange={(e) => set('portfolioUrl')(e.target.value)}
          error={fieldError('portfolioUrl')}
        />
        <TextField
          label={t('apply.expectedSalary')}
          name="expectedSalary"
          inputMode="numeric"
          placeholder="Rp …"
          hint={t('apply.expectedSalaryHint')}
          value={form.expectedSalary}
          onChange={(e) => set('expectedSalary')(e.target.value)}
          error={fieldError('expectedSalary')}
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
              onChange={(e) => set('website')(e.target.value)}
            />
          </label>
        </div>
        <details className="privacy" open>
          <summary>{t('apply.privacyTitle')}</summary>
          <p>{t('apply.privacy', { months: job.retentionMonths })}</p>
        </details>
        <div className={`field field--check${consentError ? ' field--invalid' : ''}`}>
          <label>
            <input
              type="checkbox"
              name="consent"
              checked={consent}
              aria-invalid={Boolean(consentError)}
              onChange={(e) => setConsent(e.target.checked)}
            />{' '}
            {t('apply.consent', { version: privacyNoticeVersion })}
          </label>
          {consentError && (
            <small className="field__error" role="alert">
              {consentError}
            </small>
          )}
        </div>
        <div className="field field--check">
          <label>
            <input
              type="checkbox"
              name="talentPool"
              checked={talentPool}
              onChange={(e) => setTalentPool(e.target.checked)}
            />{' '}
            {t('apply.talentPool')}
          </label>
        </div>
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {busy ? t('apply.sending') : t('apply.submit')}
        </button>
      </form>
    </section>
  );
}
