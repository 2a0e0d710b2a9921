import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { messagesEn } from '../../src/web/i18n/messages-en';
import { messagesId } from '../../src/web/i18n/messages-id';
import { expectError } from '../support/expectations';
import { createTestApp, type TestApp } from '../support/test-app';

// Every field error the integrations routes (API tokens, webhooks) can answer travels as a code
// and a field, and the web has words for that code in both languages: an Indonesian screen showed
// the English fallback ("must be on the internet…") for a code it did not know.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const codesSeen = new Set<string>();
const refused = async (
  method: 'POST' | 'PUT',
  url: string,
  body: Record<string, unknown>,
  expected: Record<string, string>,
) => {
  const fields = expectError(await t.call(t.users.admin, method, url, body), 400, 'invalid');
  // Each expected field named with its code (a field may carry a second problem, e.g. an empty
  // URL is both required and no URL).
  for (const [path, code] of Object.entries(expected)) {
    expect(fields, JSON.stringify(fields)).toContainEqual(expect.objectContaining({ path, code }));
  }
  expect(new Set(fields.map((field) => field.path))).toEqual(new Set(Object.keys(expected)));
  for (const field of fields) codesSeen.add(field.code);
};

describe('integrations: field errors are codes the web translates', () => {
  test('webhook endpoints: every refusal of an address, its events and description', async () => {
    const events = ['application.created'];
    const add = (body: Record<string, unknown>, expected: Record<string, string>) =>
      refused('POST', '/api/admin/webhooks', { events, ...body }, expected);
    await add({ url: '' }, { url: 'required' });
    await add({ url: `https://example.com/${'x'.repeat(2000)}` }, { url: 'too_big' });
    await add({ url: 'not a url' }, { url: 'invalid_url' });
    await add({ url: 'https://user:pw@example.com/hook' }, { url: 'url_credentials' });
    await add({ url: 'http://hooks.example.com/x' }, { url: 'https_required' });
    await add({ url: 'https://10.1.2.3/hook' }, { url: 'private_address' });
    await add({ url: 'https://example.com/hook', events: [] }, { events: 'too_small' });
    await add(
      { url: 'https://example.com/hook', events: ['candidate.hired'] },
      { 'events.0': 'invalid_value' },
    );
    await add(
      { url: 'https://example.com/hook', description: 'x'.repeat(201) },
      { description: 'too_big' },
    );
    const created = await t.call(t.users.admin, 'POST', '/api/admin/webhooks', {
      url: 'https://example.com/hook',
      events,
    });
    expect(created.status).toBe(201);
    const change = `/api/admin/webhooks/${created.body.endpoint.id}`;
    await refused(
      'PUT',
      change,
      { url: 'https://192.168.1.10/hook', events, active: true },
      {
        url: 'private_address',
      },
    );
    await refused(
      'PUT',
      change,
      { url: 'https://example.com/hook', events },
      {
        active: 'required',
      },
    );
  });

  test('API tokens: name, scopes and expiry, the expiry named as the field sent (expiresOn)', async () => {
    const add = (body: Record<string, unknown>, expected: Record<string, string>) =>
      refused(
        'POST',
        '/api/admin/api-tokens',
        { name: 'HRIS', scopes: ['read:jobs'], ...body },
        expected,
      );
    await add({ name: '' }, { name: 'required' });
    await add({ name: 'x'.repeat(81) }, { name: 'too_big' });
    await add({ scopes: [] }, { scopes: 'too_small' });
    await add({ scopes: ['delete:everything'] }, { 'scopes.0': 'invalid_value' });
    await add({ expiresOn: '31-12-2030' }, { expiresOn: 'invalid_date' });
    await add({ expiresOn: '2020-01-01' }, { expiresOn: 'in_the_past' });
  });

  test('each code has its words in Indonesian and English', () => {
    expect(codesSeen.size).toBeGreaterThan(8);
    const id: Record<string, string> = messagesId;
    const en: Record<string, string> = messagesEn;
    for (const code of codesSeen) {
      expect(id[`error.${code}`], `id: error.${code}`).toEqual(expect.any(String));
      expect(en[`error.${code}`], `en: error.${code}`).toEqual(expect.any(String));
    }
    expect(id['error.private_address']).toContain('internet');
    expect(id['error.private_address']).not.toBe(en['error.private_address']);
  });
});
