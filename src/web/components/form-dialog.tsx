import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

/**
 * A modal `<dialog>` holding one form under its title: it opens on mount (focus stays inside),
 * Escape closes it through `onClose`, and submitting calls `onSubmit` without reloading the page.
 * The form's fields and actions are the children.
 */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  children,
}: {
  title: string;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-label={title} onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2>{title}</h2>
        {children}
      </form>
    </dialog>
  );
}
