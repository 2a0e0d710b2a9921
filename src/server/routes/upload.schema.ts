import { z } from 'zod';
import { cvFileLimits, sniffCvFile } from '../../domain/cv-file';

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

/**
 * A CV upload (careers page, or HR attaching one). The type is checked here too (the service
 * checks again, inflating a Word file), so it is reported with the form's other problems.
 */
export const cvUpload = uploadedFile(cvFileLimits.maxBytes).superRefine((file, ctx) => {
  if (file.truncated) return;
  const kind = sniffCvFile(file.bytes);
  if (!kind.ok) {
    for (const problem of kind.problems) {
      ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
    }
  }
});
