import type { ManagedUserRow } from '../../db/queries/users';
import type { PasswordLink } from '../../services/auth/password-link-service';
import type { ManagedUser, PasswordLinkOut } from '../routes/user-admin.schema';

export const presentManagedUser = (user: ManagedUserRow): ManagedUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  title: user.title,
  locale: user.locale,
  active: user.active,
  hasPassword: user.hasPassword,
  twoFactorEnabled: user.twoFactorEnabled,
  createdAt: user.createdAt.toISOString(),
});

export const presentPasswordLink = (link: PasswordLink): PasswordLinkOut => ({
  token: link.token,
  purpose: link.purpose,
  expiresAt: link.expiresAt.toISOString(),
});
