import type { ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/form-fields';
import { useOfferFieldErrors } from './offer-field-errors';

/**
 * A refused action: the reason by its code (e.g. approval still needed), worded as the offer
 * form words it (with its bounds or dates), else the general notice.
 */
export function OfferActionError({ error }: { error: ApiError | null | undefined }) {
  const reason = useOfferFieldErrors(error);
  if (!error) return null;
  const problem = error.fields[0];
  if (!problem) return <ErrorNotice error={error} />;
  return (
    <p className="notice notice--error" role="alert">
      {reason(problem.path)}
    </p>
  );
}
