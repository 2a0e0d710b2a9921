import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { S3Settings } from '../../config';
import { NotFound } from '../errors';
import { cvFileName, type CvStore } from './cv-store';

/**
 * CVs in an S3-compatible bucket, one object per distinct content under `<prefix><sha256>`: every
 * instance behind a load balancer reads what any of them stored. A put is atomic on S3, so a
 * reader never sees half an object, and the same content put twice is the same object.
 */
export function s3CvStore(settings: S3Settings): CvStore {
  const client = new S3Client({
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
  });
  const keyOf = (sha256: string) => settings.prefix + cvFileName(sha256);
  return {
    async save(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await client.send(
        new PutObjectCommand({
          Bucket: settings.bucket,
          Key: keyOf(sha256),
          Body: bytes,
          ContentType: 'application/octet-stream',
        }),
      );
      return sha256;
    },
    async read(sha256) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: settings.bucket, Key: keyOf(sha256) }),
        );
        if (!object.Body) throw new NotFound('CV file');
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) throw new NotFound('CV file');
        throw error;
      }
    },
    async remove(sha256) {
      // Deleting a key that is not there succeeds on S3: erasure twice is fine.
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: keyOf(sha256) }));
    },
  };
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)
  );
}
