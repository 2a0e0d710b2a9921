import { useI18n } from '../../i18n/i18n';
import type { TermsShape } from './offer-form-state';
import { formatRupiah } from './rupiah';
import { useTermValue } from './term-values';

/** One version's terms, as HR and the hiring manager read them before approving or sending. */
export function OfferTermsView({ terms }: { terms: TermsShape }) {
  const { t } = useI18n();
  const value = useTermValue();
  const total =
    terms.grossMonthlySalary + terms.allowances.reduce((sum, a) => sum + a.monthlyAmount, 0);
  const rows: [string, string][] = [
    [t('offers.jobTitle'), terms.jobTitle],
    [t('offers.contractType'), value('contract', terms)],
    [t('offers.probationMonths'), value('probationMonths', terms)],
    [t('offers.salary'), formatRupiah(terms.grossMonthlySalary)],
    ...terms.allowances.map((a): [string, string] => [
      a.name,
      t('offers.perMonth', { amount: formatRupiah(a.monthlyAmount) }),
    ]),
    ...(terms.allowances.length
      ? [[t('offers.totalMonthly'), formatRupiah(total)] as [string, string]]
      : []),
    [t('offers.thr'), value('thr', terms)],
    [t('offers.bpjsKesehatan'), value('bpjsKesehatan', terms)],
    [t('offers.bpjsKetenagakerjaan'), value('bpjsKetenagakerjaan', terms)],
    ...(terms.benefits.length
      ? [[t('offers.benefits'), terms.benefits.join('; ')] as [string, string]]
      : []),
    // Left empty, they are not part of the offer (the portal and the letter leave them out too).
    ...(terms.workingDays
      ? [[t('offers.workingDays'), terms.workingDays] as [string, string]]
      : []),
    ...(terms.workingHours
      ? [[t('offers.workingHours'), terms.workingHours] as [string, string]]
      : []),
    [t('offers.workLocation'), value('workLocation', terms)],
    [t('offers.startDate'), value('startDate', terms)],
    [t('offers.expiresOn'), value('expiresOn', terms)],
  ];
  return (
    <>
      <dl className="offer-terms">
        {rows.map(([label, text], index) => (
          <div key={index}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {terms.note && <p className="prewrap offer-terms__note">{terms.note}</p>}
    </>
  );
}
