import { z } from 'zod';
import { locales } from '../../domain/locale';
import { passwordLinkPurposes } from '../../domain/password-link';
import { auditActionNames, auditEntityTypes } from '../../domain/audit';
import { passwordMaxLength } from '../../domain/password-policy';
import { daySchema, idSchema, timestampSchema } from './common.schema';

// One-time password links (public)
const tokenSchema = z.string().min(20, { error: 'Not a valid link.' }).max(100);
export const linkTokenInput = z.object({ token: tokenSchema });
export const linkDescription = z.object({
  purpose: z.enum(passwordLinkPurposes),
  email: z.string(),
  name: z.string(),
  locale: z.enum(locales).describe("The user's language: the page opens in it"),
  expiresAt: timestampSchema,
});
export type LinkDescription = z.infer<typeof linkDescription>;
export const setPasswordInput = z.object({
  token: tokenSchema,
  password: z.string().max(passwordMaxLength, { error: 'Too long.' }),
});
export const passwordSet = z.object({ email: z.string() });

// Changing one's own password
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, { error: 'Required.' }).max(passwordMaxLength),
  newPassword: z.string().max(passwordMaxLength, { error: 'Too long.' }),
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

// Two-factor sign-in (self service)
export const twoFactorStatus = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  /** Unused recovery codes; 0 with two-factor on means the user should make a set. */
  recoveryCodesLeft: z.number().int(),
});
export type TwoFactorStatusOut = z.infer<typeof twoFactorStatus>;
export const twoFactorSetup = z.object({
  /** Base32, for typing into the app by hand. */
  secret: z.string(),
  /** otpauth:// URI, shown as a QR code. */
  uri: z.string(),
});
export type TwoFactorSetup = z.infer<typeof twoFactorSetup>;
export const codeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Enter the 6-digit code.' }),
});

/** Ten one-time codes for a lost phone, in clear only in this answer: show them once. */
export const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export const regenerateRecoveryCodesInput = z
  .object({
    password: z.string().max(passwordMaxLength).optional(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { error: 'Enter the 6-digit code.' })
      .optional(),
  })
  .refine((proof) => Boolean(proof.password) || Boolean(proof.code), {
    path: ['password'],
    error: 'Enter your password or a code from the app.',
  });

// Company security settings (admin)
export const securitySettings = z.object({ requireAdminTwoFactor: z.boolean() });
export type SecuritySettingsOut = z.infer<typeof securitySettings>;

// Audit log (admin)
export const auditQuery = z.object({
  actorId: idSchema.optional(),
  action: z.enum(auditActionNames as [string, ...string[]]).optional(),
  entityType: z.enum(auditEntityTypes).optional(),
  entityId: idSchema.optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQueryInput = z.input<typeof auditQuery>;
export const auditPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: timestampSchema,
      actor: z.object({ id: idSchema, name: z.string() }).nullable(),
      action: z.string(),
      entityType: z.string(),
      entityId: idSchema.nullable(),
      /** The user, job or candidate by name; null when unknown, erased or anonymised. */
      subject: z.object({ name: z.string().nullable(), anonymised: z.boolean() }),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
  page: z.number(),
  pageSize: z.number(),
  /** Matching entries, counted up to 10,000: past that `totalCapped` is true ("10,000+"). */
  total: z.number(),
  totalCapped: z.boolean(),
});
export type AuditPage = z.infer<typeof auditPage>;
