import type { TestApp, TestUser } from './test-app';

/** A file as the browser downloads it: a GET with the user's session (or none, `null`). */
export async function download(t: Pick<TestApp, 'app'>, as: TestUser | null, url: string) {
  const response = await t.app.inject({
    method: 'GET',
    url,
    headers: as ? { cookie: as.cookie } : {},
  });
  return {
    status: response.statusCode,
    type: String(response.headers['content-type']),
    disposition: String(response.headers['content-disposition']),
    bytes: response.rawPayload,
    text: response.body,
  };
}

/** A CSV export's lines, without the byte-order mark that tells Excel it is UTF-8. */
export const csvLines = (text: string): string[] => text.replace(/^\uFEFF/, '').split('\r\n');
