import type { ButtonHTMLAttributes } from 'react';

/**
 * A button that sends one request (not a form's submit): disabled while `request` runs, so a
 * second press does not send it twice.
 */
export function ActionButton({
  request,
  className = 'button',
  disabled,
  ...button
}: { request: { isPending: boolean } } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={className}
      disabled={request.isPending || disabled}
      {...button}
    />
  );
}
