import { useState } from 'react';
import type { NamedTeamPlace } from '../../../domain/hiring-team';
import { roles, type Role } from '../../../domain/roles';
import { type ApiError, type ApiSchema, asApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { InviteForm } from './invite-form';
import { PasswordLinkNotice } from './password-link-notice';
import { SecuritySettingsForm } from './security-settings-form';
import './user-admin.css';

type Invitation = ApiSchema<'Invitation'>;
type ManagedUser = ApiSchema<'ManagedUser'>;
type PasswordLinkOut = ApiSchema<'PasswordLink'>;

/** Admins invite users, change roles, deactivate accounts and hand out one-time password links. */
/** A person's account and role show in the user lists, the team pickers and the jobs' teams. */
export const accountChanges = ['/api/admin/users', '/api/users', '/api/jobs'];

export function UserAdminPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/admin/users', {});
  const [link, setLink] = useState<{ link: PasswordLinkOut; person: ManagedUser } | undefined>();
  const [actionError, setActionError] = useState<ApiError | undefined>();

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setActionError(undefined);
    } catch (failure) {
      setActionError(asApiError(failure));
    }
  };
  const invited = (invitation: Invitation) =>
    setLink({ link: invitation.link, person: invitation.user });

  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="muted">{t('users.help')}</p>
      {link && <PasswordLinkNotice link={link.link} person={link.person} />}
      <LoadError error={error} retry={refetch} />
      <ErrorNotice error={actionError} />
      <ul className="tile-list user-list">
        {data?.items.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            act={act}
            onLink={(created) => setLink({ link: created, person: user })}
          />
        ))}
      </ul>
      <InviteForm onInvited={invited} />
      <SecuritySettingsForm />
    </>
  );
}

function UserRow({
  user,
  act,
  onLink,
}: {
  user: ManagedUser;
  act(run: () => Promise<unknown>): Promise<void>;
  onLink(link: PasswordLinkOut): void;
}) {
  const { t } = useI18n();
  const { user: me } = useSession();
  const [role, setRole] = useState<Role>(user.role);
  const [blockingPlaces, setBlockingPlaces] = useState<NamedTeamPlace[] | undefined>();
  const [askingToDeactivate, setAskingToDeactivate] = useState(false);
  const self = me.id === user.id;
  const status = !user.active
    ? t('users.inactive')
    : user.hasPassword
      ? t('users.active')
      : t('users.invited');
  const path = { userId: user.id };
  const invalidates = accountChanges;
  const updating = useApiMutation('patch', '/api/admin/users/{userId}', { invalidates });
  const linking = useApiMutation('post', '/api/admin/users/{userId}/password-link', {
    invalidates,
  });
  const resetting = useApiMutation('post', '/api/admin/users/{userId}/two-factor/reset', {
    invalidates,
  });
  const deactivating = useApiMutation('post', '/api/admin/users/{userId}/deactivate', {
    invalidates,
  });
  const reactivating = useApiMutation('post', '/api/admin/users/{userId}/reactivate', {
    invalidates,
  });
  const roleChanged = role !== user.role;
  /** Saves the chosen role; false when team places refuse it (said in this row). */
  const saveRoleChange = async (): Promise<boolean> => {
    setBlockingPlaces(undefined);
    try {
      await updating.mutateAsync({
        path,
        body: { name: user.name, role, title: user.title ?? '' },
      });
      return true;
    } catch (failure) {
      // Refused because of team places: said in this row, with the jobs; anything else above.
      const places = teamPlacesBlocking(asApiError(failure));
      if (!places) throw failure;
      setBlockingPlaces(places);
      return false;
    }
  };
  const saveRole = () => act(saveRoleChange);
  // An unsaved role is saved before the link is made (the button says so): the admin who hands
  // out the link has finished with this person, and a chosen role must not be lost silently.
  const createLink = () =>
    act(async () => {
      if (roleChanged && !(await saveRoleChange())) return;
      onLink(await linking.mutateAsync({ path }));
    });
  return (
    <li
      className={`tile user-row${user.active ? '' : ' user-row--inactive'}`}
      data-email={user.email}
    >
      <div className="user-row__who">
        <strong>
          {user.name} {self && <span className="muted">{t('users.you')}</span>}
        </strong>
        <span className="user-row__email">{user.email}</span>
        <span className="muted">
          {status} · {user.twoFactorEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')}
        </span>
      </div>
      <div className="user-row__actions">
        <label className="inline-field">
          <span className="visually-hidden">{t('users.role')}</span>
          <select
            name="role"
            aria-label={`${t('users.role')}: ${user.name}`}
            value={role}
            disabled={self}
            onChange={(e) => {
              setRole(e.target.value as Role);
              setBlockingPlaces(undefined);
            }}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {roleChanged && (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => void saveRole()}
          >
            {t('users.saveRole')}
          </button>
        )}
        {user.active && (
          <button type="button" className="button button--small" onClick={() => void createLink()}>
            {roleChanged ? t('users.saveRoleAndLink') : t('users.newLink')}
          </button>
        )}
        {user.twoFactorEnabled && !self && (
          <button
            type="button"
            className="button button--small"
            onClick={() => void act(() => resetting.mutateAsync({ path }))}
          >
            {t('users.resetTwoFactor')}
          </button>
        )}
        {!self &&
          (user.active ? (
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => setAskingToDeactivate(true)}
            >
              {t('users.deactivate')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              onClick={() => void act(() => reactivating.mutateAsync({ path }))}
            >
              {t('users.reactivate')}
            </button>
          ))}
      </div>
      {askingToDeactivate && (
        <ConfirmDialog
          title={t('users.deactivateTitle', { name: user.name })}
          confirmLabel={t('users.deactivate')}
          onConfirm={() => void act(() => deactivating.mutateAsync({ path }))}
          onClose={() => setAskingToDeactivate(false)}
        >
          <p>{t('users.confirmDeactivate', { name: user.name })}</p>
        </ConfirmDialog>
      )}
      {blockingPlaces && (
        <div className="notice notice--error user-row__blocked" role="alert">
          <p>{t('users.roleBlocked', { name: user.name, role: t(`role.${role}`) })}</p>
          <ul>
            {blockingPlaces.map((place) => (
              <li key={`${place.jobId}-${place.teamRole}`}>
                <Link href={`/jobs/${place.jobId}/edit`}>{place.jobTitle}</Link>:{' '}
                {t('users.roleBlockedPlace', { place: t(`teamRole.${place.teamRole}`) })}
              </li>
            ))}
          </ul>
          <p>{t('users.roleBlockedHelp')}</p>
        </div>
      )}
    </li>
  );
}

/** The jobs and places that stop a role change (the `holds_team_places` conflict), if that is the error. */
function teamPlacesBlocking(error: ApiError): NamedTeamPlace[] | undefined {
  const field = error.fields.find((f) => f.code === 'holds_team_places');
  const places = field?.params?.places;
  return Array.isArray(places) ? (places as NamedTeamPlace[]) : undefined;
}
