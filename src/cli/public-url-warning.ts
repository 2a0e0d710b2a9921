import type { Config } from '../config';

/**
 * The warning `seleksi serve` prints when links in e-mails may point at the wrong address, or
 * undefined. Without SELEKSI_PUBLIC_URL every link (portal, set-password, careers) is built from
 * this instance's own HOST and PORT: behind a load balancer (DATABASE_URL: several instances may
 * share the database) that is whichever instance handled the request, and with SMTP_URL those
 * links leave the building.
 */
export function publicUrlWarning(
  config: Pick<Config, 'publicUrl' | 'databaseUrl' | 'smtpUrl'>,
  ownUrl: string,
): string | undefined {
  if (config.publicUrl) return undefined;
  if (config.databaseUrl) {
    return (
      'Warning: SELEKSI_PUBLIC_URL is not set: links in e-mails (portal, password links) point at ' +
      `this instance, ${ownUrl}, and with several instances at whichever one handled the request. ` +
      'Set it to the address candidates and staff use (the load balancer’s).'
    );
  }
  if (config.smtpUrl) {
    return (
      'Warning: set SELEKSI_PUBLIC_URL to the address candidates use; portal links in e-mails now point at ' +
      ownUrl
    );
  }
  return undefined;
}
