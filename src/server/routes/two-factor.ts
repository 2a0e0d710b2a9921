import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import {
  changeSecuritySettings,
  confirmTwoFactor,
  disableTwoFactor,
  getSecuritySettings,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  twoFactorStatus,
} from '../../services/account/two-factor-service';
import type { SecretBox } from '../../services/secret-box';
import { commandRoute, route } from '../route';
import {
  codeInput,
  recoveryCodes,
  regenerateRecoveryCodesInput,
  securitySettings,
  twoFactorSetup,
  twoFactorStatus as statusSchema,
} from './security.schema';

const tag = 'two-factor';

export const twoFactorRoutes = (db: Database, secrets: SecretBox, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/auth/two-factor',
      tag,
      summary: 'Whether the signed-in user has two-factor sign-in, and whether it is required',
      response: statusSchema,
    },
    async ({ actor }) => twoFactorStatus(db, actor),
  ),
  route(
    {
      method: 'POST',
      url: '/api/auth/two-factor/setup',
      tag,
      summary: 'Start setting up two-factor sign-in: a new secret for the authenticator app',
      response: twoFactorSetup,
    },
    async ({ actor }) => startTwoFactorSetup(db, secrets, actor),
  ),
  route(
    {
      method: 'POST',
      url: '/api/auth/two-factor/confirm',
      tag,
      summary:
        'Turn two-factor sign-in on with a code from the app; answers ten recovery codes, shown this once',
      body: codeInput,
      response: recoveryCodes,
      perMinute: 10,
    },
    ({ actor, body }) => confirmTwoFactor(db, secrets, actor, body.code),
  ),
  route(
    {
      method: 'POST',
      url: '/api/auth/two-factor/recovery-codes',
      tag,
      summary:
        'Make a new set of recovery codes with the password or a current code; the old set stops working',
      body: regenerateRecoveryCodesInput,
      response: recoveryCodes,
      perMinute: 10,
    },
    ({ actor, body }) => regenerateRecoveryCodes(db, secrets, mail, actor, body),
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/auth/two-factor/disable',
      tag,
      summary: 'Turn two-factor sign-in off with a current code',
      body: codeInput,
      perMinute: 10,
    },
    ({ actor, body }) => disableTwoFactor(db, secrets, actor, body.code),
  ),
  route(
    {
      method: 'GET',
      url: '/api/admin/settings/security',
      tag: 'security-settings',
      summary: 'Company security settings (admins)',
      response: securitySettings,
    },
    async ({ actor }) => getSecuritySettings(db, actor),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/settings/security',
      tag: 'security-settings',
      summary: 'Change company security settings, e.g. require two-factor for admins (admins)',
      body: securitySettings,
      response: securitySettings,
    },
    async ({ actor, body }) => changeSecuritySettings(db, actor, body),
  ),
];
