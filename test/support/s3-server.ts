import S3rver from '@20minutes/s3rver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real S3-compatible HTTP server (s3rver) on loopback with one empty bucket, files in a
 * temporary folder; its fixed access key is S3RVER / S3RVER.
 */
export async function startS3Server(bucket: string) {
  const directory = mkdtempSync(join(tmpdir(), 'seleksi-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    /** The folder s3rver keeps objects in. */
    directory,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
