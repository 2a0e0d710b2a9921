import { z } from 'zod';
import { roles } from '../../domain/roles';
import { userAbilities } from './abilities.schema';
import { emailSchema, idSchema } from './common.schema';

export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

export const loginInput = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'Required.' }).max(200),
  /**
   * The authenticator code, asked for after the password when two-factor sign-in is on; or one of
   * the user's recovery codes (`xxxxx-xxxxx`) in its place, each usable once.
   */
  code: z.string().trim().max(20).optional(),
});

export const preferencesInput = z.object({ locale: z.enum(locales) });

/** Who a user is: the signed-in user (`currentUser`) and an account the admin manages. */
export const userFields = {
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  title: z.string().nullable(),
  locale: z.enum(locales),
};

export const currentUser = z.object({ ...userFields, can: userAbilities });
export type CurrentUser = z.infer<typeof currentUser>;

export const session = z.object({ user: currentUser });
/** Whoever is signed in, or `user: null` for a visitor who is not (no error: see GET /api/auth/session). */
export const sessionProbe = z.object({ user: currentUser.nullable() });
