import type * as S3 from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { S3Settings } from '../../config';
import { NotFound } from '../errors';
import { cvFileName, type CvStore } from './cv-store';

type S3Sdk = typeof S3;

/**
 * CVs in an S3-compatible bucket, one object per distinct content under `<prefix><sha256>`: every
 * instance behind a load balancer reads what any of them stored. A put is atomic on S3, so a
 * reader never sees half an object, and the same content put twice is the same object.
 */
export function s3CvStore(settings: S3Settings): CvStore {
  // The SDK is loaded at the first CV, not at every start of an installation that stores on disk.
  let connection: Promise<{ sdk: S3Sdk; client: InstanceType<S3Sdk['S3Client']> }> | undefined;
  const connect = () =>
    (connection ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        ...(settings.endpoint
          ? {
              endpoint: settings.endpoint,
              // Servers other than AWS often do not know the SDK's default CRC checksums.
              requestChecksumCalculation: 'WHEN_REQUIRED',
              responseChecksumValidation: 'WHEN_REQUIRED',
            }
          : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
      }),
    })));
  const object = (sha256: string) => ({
    Bucket: settings.bucket,
    Key: settings.prefix + cvFileName(sha256),
  });
  return {
    async save(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const { sdk, client } = await connect();
      await client.send(
        new sdk.PutObjectCommand({
          ...object(sha256),
          Body: bytes,
          ContentType: 'application/octet-stream',
        }),
      );
      return sha256;
    },
    async read(sha256) {
      const key = object(sha256);
      const { sdk, client } = await connect();
      try {
        const stored = await client.send(new sdk.GetObjectCommand(key));
        if (!stored.Body) throw new NotFound('CV file');
        return Buffer.from(await stored.Body.transformToByteArray());
      } catch (error) {
        const missing =
          error instanceof sdk.S3ServiceException &&
          (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);
        if (missing) throw new NotFound('CV file');
        throw error;
      }
    },
    async remove(sha256) {
      const key = object(sha256);
      const { sdk, client } = await connect();
      // Deleting a key that is not there succeeds on S3: erasure twice is fine.
      await client.send(new sdk.DeleteObjectCommand(key));
    },
  };
}
