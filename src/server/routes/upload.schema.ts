import { z } from 'zod';

/** A file field of a multipart form, as `route()` reads it (see readMultipart). */
export const uploadedFile = (maxBytes: number) =>
  z
    .object({
      fileName: z.string().max(500),
      bytes: z.instanceof(Uint8Array),
      truncated: z.boolean(),
    })
    .refine((file) => !file.truncated && file.bytes.length <= maxBytes, {
      error: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
      params: { code: 'file_too_large' },
    });
