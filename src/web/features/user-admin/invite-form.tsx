import { useState, type FormEvent } from 'react';
import { roles } from '../../../domain/roles';
import type { Invitation, InviteInput } from '../../../server/routes/user-admin.schema';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, SelectField, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

const empty: InviteInput = { name: '', email: '', role: 'interviewer', title: '', locale: 'id' };

export function InviteForm({ onInvited }: { onInvited(invitation: Invitation): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<InviteInput>(empty);
  const inviting = useApiMutation('post', '/api/admin/users', {
    invalidates: ['/api/admin/users', '/api/users'],
  });
  const { error } = inviting;
  const busy = inviting.isPending;
  const fieldError = useFieldErrors(error);
  const set = (key: keyof InviteInput, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    inviting.mutate(
      { body: draft },
      {
        onSuccess: (invitation) => {
          onInvited(invitation);
          setDraft(empty);
        },
      },
    );
  };
  return (
    <form className="form invite-form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t('users.invite')}</h2>
      <ErrorNotice error={error} />
      <div className="form__row">
        <TextField
          label={t('users.name')}
          name="name"
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          error={fieldError('name')}
        />
        <TextField
          label={t('users.email')}
          name="email"
          type="email"
          value={draft.email}
          onChange={(e) => set('email', e.target.value)}
          error={fieldError('email')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label={t('users.role')}
          name="role"
          value={draft.role}
          onChange={(e) => set('role', e.target.value)}
          error={fieldError('role')}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('users.jobTitle')}
          name="title"
          value={draft.title ?? ''}
          onChange={(e) => set('title', e.target.value)}
          error={fieldError('title')}
        />
        <SelectField
          label={t('users.language')}
          name="locale"
          value={draft.locale}
          onChange={(e) => set('locale', e.target.value)}
        >
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('users.inviteSubmit')}
        </button>
      </div>
    </form>
  );
}
