import { expect, test } from 'vitest';
import { publicUrlWarning } from '../../src/cli/public-url-warning';

const own = 'http://127.0.0.1:3000';
const unset = { publicUrl: undefined, databaseUrl: undefined, smtpUrl: undefined };

test('with DATABASE_URL and no SELEKSI_PUBLIC_URL, the start warns that e-mail links point at this instance', () => {
  const warning = publicUrlWarning({ ...unset, databaseUrl: 'postgres://db/seleksi' }, own);
  expect(warning).toMatch(/^Warning: SELEKSI_PUBLIC_URL is not set/);
  expect(warning).toContain(own);
  expect(warning).toContain('whichever one handled the request');
});

test('with SMTP_URL alone it warns that portal links point at this instance', () => {
  expect(publicUrlWarning({ ...unset, smtpUrl: 'smtp://mail:587' }, own)).toBe(
    `Warning: set SELEKSI_PUBLIC_URL to the address candidates use; portal links in e-mails now point at ${own}`,
  );
});

test('no warning with a public URL, nor on one embedded instance that sends no e-mail', () => {
  const everything = { databaseUrl: 'postgres://db/seleksi', smtpUrl: 'smtp://mail:587' };
  expect(publicUrlWarning({ ...everything, publicUrl: 'https://karier.example.id' }, own)).toBe(
    undefined,
  );
  expect(publicUrlWarning(unset, own)).toBe(undefined);
});
