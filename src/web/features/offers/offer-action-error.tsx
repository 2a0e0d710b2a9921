import type { ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

/** A refused action: the reason by its code (e.g. approval still needed), else the general notice. */
export function OfferActionError({ error }: { error: ApiError | null | undefined }) {
  const { tk } = useI18n();
  if (!error) return null;
  const problem = error.fields[0];
  if (!problem) return <ErrorNotice error={error} />;
  return (
    <p className="notice notice--error" role="alert">
      {tk('offers.error', problem.code ?? '', tk('error', problem.code ?? '', problem.message))}
    </p>
  );
}
