import { z } from 'zod';
import { passwordLinkPurposes } from '../../domain/password-link';
import { roles } from '../../domain/roles';
import { locales, userFields } from './auth.schema';
import { emailSchema, idSchema, text, timestampSchema } from './common.schema';

/** An account as the admin manages it. */
export const managedUser = z.object({
  ...userFields,
  active: z.boolean(),
  /** False while an invited user has not set a password yet. */
  hasPassword: z.boolean(),
  twoFactorEnabled: z.boolean(),
  createdAt: timestampSchema,
});
export type ManagedUser = z.infer<typeof managedUser>;
export const managedUserList = z.object({ items: z.array(managedUser) });

export const userProfileInput = z.object({
  name: text(120, 1),
  role: z.enum(roles),
  title: text(120)
    .optional()
    .transform((value) => value || null),
});
export type UserProfileInput = z.input<typeof userProfileInput>;

/** A PATCH changes the fields it is given: a missing one stays as it is ("" clears the title). */
export const userProfilePatch = z.object({
  name: text(120, 1).optional(),
  role: z.enum(roles).optional(),
  title: text(120)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
});

export const inviteInput = userProfileInput.extend({
  email: emailSchema,
  locale: z.enum(locales).default('id'),
});
export type InviteInput = z.input<typeof inviteInput>;

export const passwordLink = z.object({
  /** The one-time secret; the page to open is /set-password#<token>. Shown once. */
  token: z.string(),
  purpose: z.enum(passwordLinkPurposes),
  expiresAt: timestampSchema,
});
export type PasswordLinkOut = z.infer<typeof passwordLink>;
export const invitation = z.object({ user: managedUser, link: passwordLink });
export type Invitation = z.infer<typeof invitation>;

export const userIdParams = z.object({ userId: idSchema });

/** Active users, for HR to choose a hiring team from. */
export const userList = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      email: z.string(),
      role: z.enum(roles),
      title: z.string().nullable(),
    }),
  ),
});
export type UserList = z.infer<typeof userList>;
