import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCvStoreSettings, type CvStoreSettings } from '../../src/config';
import { openCvStore, type CvStore } from '../../src/services/candidates/cv-store';
import { NotFound } from '../../src/services/errors';
import { startS3Server } from '../support/s3-server';

let server: Awaited<ReturnType<typeof startS3Server>>;
let store: CvStore;
beforeAll(async () => {
  server = await startS3Server('cv-bucket');
  store = openCvStore(
    readCvStoreSettings(
      {
        SELEKSI_CV_STORE: 's3://cv-bucket/seleksi',
        SELEKSI_S3_ENDPOINT: server.endpoint,
        SELEKSI_S3_ACCESS_KEY_ID: server.accessKeyId,
        SELEKSI_S3_SECRET_ACCESS_KEY: server.secretAccessKey,
      },
      '/unused',
    ),
  );
});
afterAll(() => server.stop());

describe('the S3 CV store against a real S3-compatible server', () => {
  test('keeps bytes under their SHA-256, reads them back, removes them; twice is fine', async () => {
    const bytes = Buffer.from('%PDF-1.7 Sari Wulandari, Platform Engineer');
    const sha256 = await store.save(bytes);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await store.save(bytes)).toBe(sha256);
    expect((await store.read(sha256)).equals(bytes)).toBe(true);
    await store.remove(sha256);
    await store.remove(sha256);
    await expect(store.read(sha256)).rejects.toBeInstanceOf(NotFound);
  });

  test('a name that is not a hash never reaches the server', async () => {
    await expect(store.read('../secret.key')).rejects.toThrow('Not a SHA-256 hash.');
  });

  test('a server that refuses the credentials is an error, not a missing CV', async () => {
    const wrong = openCvStore({
      ...(await settingsFor(server.endpoint)),
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'wrong' },
    });
    const error = await wrong.read('0'.repeat(64)).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(NotFound);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('SELEKSI_CV_STORE', () => {
  test('unset: the CV folder', () => {
    expect(readCvStoreSettings({}, '/data/cv-files')).toEqual({
      kind: 'disk',
      dir: '/data/cv-files',
    });
  });

  test('s3://bucket/prefix with an endpoint: path-style, the given region and keys', () => {
    expect(
      readCvStoreSettings(
        {
          SELEKSI_CV_STORE: 's3://lamaran/cv',
          SELEKSI_S3_ENDPOINT: 'http://minio:9000',
          SELEKSI_S3_REGION: 'ap-southeast-3',
          SELEKSI_S3_ACCESS_KEY_ID: 'id',
          SELEKSI_S3_SECRET_ACCESS_KEY: 'secret',
        },
        '/unused',
      ),
    ).toEqual({
      kind: 's3',
      bucket: 'lamaran',
      prefix: 'cv/',
      endpoint: 'http://minio:9000',
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
  });

  test('on AWS itself: virtual-hosted addresses and the SDK’s own credentials unless given', () => {
    expect(
      readCvStoreSettings({ SELEKSI_CV_STORE: 's3://lamaran', AWS_REGION: 'eu-west-1' }, '/x'),
    ).toMatchObject({
      bucket: 'lamaran',
      prefix: '',
      endpoint: undefined,
      region: 'eu-west-1',
      credentials: undefined,
      forcePathStyle: false,
    });
  });

  test('a malformed value or half a key pair stops the start, naming the setting', () => {
    expect(() => readCvStoreSettings({ SELEKSI_CV_STORE: '/mnt/cv' }, '/x')).toThrow(
      /SELEKSI_CV_STORE/,
    );
    expect(() =>
      readCvStoreSettings({ SELEKSI_CV_STORE: 's3://b', SELEKSI_S3_ACCESS_KEY_ID: 'id' }, '/x'),
    ).toThrow(/SELEKSI_S3_SECRET_ACCESS_KEY/);
  });
});

async function settingsFor(endpoint: string): Promise<Extract<CvStoreSettings, { kind: 's3' }>> {
  const settings = readCvStoreSettings(
    { SELEKSI_CV_STORE: 's3://cv-bucket/seleksi', SELEKSI_S3_ENDPOINT: endpoint },
    '/unused',
  );
  if (settings.kind !== 's3') throw new Error('expected S3 settings');
  return settings;
}
