/** Why a one-time password link was made: a new account's invitation, or a reset by an admin. */
export const passwordLinkPurposes = ['invitation', 'reset'] as const;
export type PasswordLinkPurpose = (typeof passwordLinkPurposes)[number];
