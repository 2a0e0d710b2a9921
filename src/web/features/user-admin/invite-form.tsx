import { type FormEvent } from 'react';
import { roles } from '../../../domain/roles';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { ChoiceField, ErrorNotice, languageChoices, TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiBody, ApiSchema } from '../../api/client';

type Invitation = ApiSchema<'Invitation'>;
type InviteInput = ApiBody<'post', '/api/admin/users'>;

const empty: InviteInput = { name: '', email: '', role: 'interviewer', title: '', locale: 'id' };

export function InviteForm({ onInvited }: { onInvited(invitation: Invitation): void }) {
  const { t } = useI18n();
  const inviting = useApiMutation('post', '/api/admin/users', {
    invalidates: ['/api/admin/users', '/api/users'],
  });
  const { error } = inviting;
  const busy = inviting.isPending;
  const { draft, setDraft, bind } = useDraft<InviteInput>(empty, error);
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
        <TextField label={t('users.name')} {...bind('name')} />
        <TextField label={t('users.email')} type="email" {...bind('email')} />
      </div>
      <div className="form__row">
        <ChoiceField
          label={t('users.role')}
          choices={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          {...bind('role')}
        />
        <TextField label={t('users.jobTitle')} {...bind('title')} />
        <ChoiceField label={t('users.language')} choices={languageChoices} {...bind('locale')} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('users.inviteSubmit')}
        </button>
      </div>
    </form>
  );
}
