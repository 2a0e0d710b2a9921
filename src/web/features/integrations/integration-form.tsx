import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/form-fields';

/** The form that adds an API token or a webhook: titled, with the server's error and one button. */
export function IntegrationForm({
  id,
  title,
  error,
  pending,
  createLabel,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  error: ApiError | null;
  pending: boolean;
  createLabel: string;
  onSubmit(): void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form integration-form" onSubmit={submit} noValidate aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ErrorNotice error={error} />
      {children}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {createLabel}
        </button>
      </div>
    </form>
  );
}
