import { afterAll, beforeAll, expect, test } from 'vitest';
import { postgresBin, startThrowawayPostgres } from '../support/throwaway-postgres';
import { startBrowserSession, type BrowserSession } from './browser';

/**
 * While the database restarts, people see that the service is briefly unavailable (in their
 * language) instead of a generic failure or the sign-in page, and carry on once it is back.
 */
const bin = postgresBin();
let server: ReturnType<typeof startThrowawayPostgres> | undefined;
let session: BrowserSession | undefined;
beforeAll(async () => {
  if (!bin) return;
  server = startThrowawayPostgres(bin);
  session = await startBrowserSession({ databaseUrl: server.url });
});
afterAll(async () => {
  await session?.close();
  server?.stop();
});

test.skipIf(!bin && !process.env.CI)(
  'a database restart says "briefly unavailable, try again", and trying again works',
  async () => {
    expect(bin, 'PostgreSQL is not installed (CI installs it)').toBeDefined();
    const signedIn = await session!.newPage({ locale: 'en' });
    await session!.signIn(signedIn, 'admin@demo.seleksi.id');
    const signingIn = await session!.newPage({ locale: 'id' });
    await signingIn.locator('input[name=email]').waitFor();

    await server!.stopFast();
    try {
      await signingIn.locator('input[name=email]').fill('admin@demo.seleksi.id');
      await signingIn.locator('input[name=password]').fill('whatever-it-is');
      await signingIn.locator('button[type=submit]').click();
      await signingIn.getByText('Layanan sedang tidak tersedia sebentar').waitFor();

      await signedIn.reload();
      await signedIn.getByText('The service is briefly unavailable').waitFor();
      // Signed in all along: no sign-in form while the session cannot be checked.
      expect(await signedIn.locator('input[name=password]').count()).toBe(0);
    } finally {
      await server!.start();
    }
    await signedIn.getByRole('button', { name: 'Try again' }).click();
    await signedIn.locator('header.topbar').waitFor();
  },
);
