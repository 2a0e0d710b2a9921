import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import type { SecretBox } from '../../services/secret-box';
import { auditLogRoutes } from './audit-log';
import { passwordLinkRoutes } from './password-links';
import { twoFactorRoutes } from './two-factor';
import { userAdminRoutes } from './user-admin';

/** User administration, one-time password links, two-factor sign-in, settings and the audit log. */
export const securityRoutes = (db: Database, mail: MailSettings, secrets: SecretBox) => [
  ...userAdminRoutes(db, mail),
  ...passwordLinkRoutes(db, mail),
  ...twoFactorRoutes(db, secrets, mail),
  ...auditLogRoutes(db),
];
