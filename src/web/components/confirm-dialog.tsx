import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Asks before an act that cannot be undone (revoking, deleting, deactivating), in the app's own
 * look instead of the browser's `confirm()`. A modal `<dialog>`: focus stays inside, Escape
 * cancels, and focus starts on Cancel so a stray Enter does no harm; when it closes, focus goes
 * back to the button that opened it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  kind = 'danger',
  onConfirm,
  onClose,
}: {
  title: string;
  /** What happens, in words naming the thing (e.g. the token and who stops working). */
  children: ReactNode;
  confirmLabel: string;
  kind?: 'danger' | 'primary';
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    // After showModal, which would focus the first button (the act itself).
    cancel.current?.focus();
    return () => opener?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onClose();
    onConfirm();
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-what"
      onCancel={(event) => {
        // Escape: React unmounts the dialog; the browser must not close it under React.
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="confirm-title">{title}</h2>
        <div id="confirm-what">{children}</div>
        <div className="form__actions">
          <button className={`button button--${kind}`} type="submit">
            {confirmLabel}
          </button>
          <button ref={cancel} className="button" type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
