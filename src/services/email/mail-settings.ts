import { readMailSettings, type MailSettings } from '../../config';

export type { MailSettings };

/**
 * The installation's mail settings (config.ts reads them): `seleksi serve` sets them from its
 * Config at start, and browser tests point `publicUrl` at their own server. Until then they are
 * the environment's, so the CLI's other commands and the API tests need no set-up.
 */
let current: MailSettings = readMailSettings();

export function mailSettings(): MailSettings {
  return current;
}

export function configureMail(settings: Partial<MailSettings>): void {
  current = { ...current, ...settings };
}
