import { z } from 'zod';
import { checkLogo, logoMaxBytes } from '../../domain/brand';
import { locales } from '../../domain/locale';
import { whatsappPurposes } from '../../domain/whatsapp';
import { idSchema, timestampSchema } from './common.schema';

// Lengths, the colour and its contrast are checked by the domain, which names each field.
const longText = (max: number) => z.string().max(max, { error: `At most ${max} characters.` });

export const brandInput = z.object({
  companyName: longText(1_000),
  /** `#rrggbb`, or null (or empty) for the built-in colour. */
  brandColour: longText(20).nullable(),
  aboutId: longText(10_000),
  aboutEn: longText(10_000),
  careersIntroId: longText(10_000),
  careersIntroEn: longText(10_000),
  /** Where candidates' replies go; null or empty for none; left out: unchanged. */
  candidateContactEmail: longText(1_000).nullable().optional(),
});

/** What candidates' pages read: no who-changed-it. */
export const publicBrand = z.object({
  companyName: z.string(),
  brandColour: z.string().nullable(),
  aboutId: z.string(),
  aboutEn: z.string(),
  careersIntroId: z.string(),
  careersIntroEn: z.string(),
  /** The logo's URL path (its version in the query), or null without a logo. */
  logoPath: z.string().nullable(),
});
export type PublicBrand = z.infer<typeof publicBrand>;

export const brandSettings = publicBrand.extend({
  /** The name is still the installation's default (SELEKSI_COMPANY_NAME). */
  companyNameIsDefault: z.boolean(),
  candidateContactEmail: z.string().nullable(),
  updatedByName: z.string().nullable(),
  updatedAt: timestampSchema,
});
export type BrandSettings = z.infer<typeof brandSettings>;

/** A logo upload: PNG or JPEG, at most 200 KB, its type read from the bytes. */
export const logoInput = z.object({
  logo: z
    .object({
      fileName: z.string().max(500),
      bytes: z.instanceof(Uint8Array),
      truncated: z.boolean(),
    })
    .superRefine((file, ctx) => {
      const checked = checkLogo(file.truncated ? new Uint8Array(logoMaxBytes + 1) : file.bytes);
      if (!checked.ok) {
        for (const problem of checked.problems) {
          ctx.addIssue({
            code: 'custom',
            message: problem.message,
            params: { code: problem.code },
          });
        }
      }
    }),
});

export const whatsappTemplateParams = z.object({
  purpose: z.enum(whatsappPurposes),
  locale: z.enum(locales),
});
export const whatsappTemplateInput = z.object({
  body: z.string().max(10_000, { error: 'At most 10000 characters.' }),
});
export const whatsappTemplate = z.object({
  purpose: z.enum(whatsappPurposes),
  locale: z.enum(locales),
  body: z.string(),
  placeholders: z.array(z.string()),
  customized: z.boolean(),
  updatedByName: z.string().nullable(),
  updatedAt: timestampSchema.nullable(),
});
export type WhatsappTemplateOutput = z.infer<typeof whatsappTemplate>;
export const whatsappTemplateList = z.object({ templates: z.array(whatsappTemplate) });

export const whatsappChatParams = z.object({ applicationId: idSchema });
export const whatsappChatInput = z.object({
  purpose: z.enum(whatsappPurposes),
  /** The message's language; the candidate's own when not given. */
  locale: z.enum(locales).optional(),
  /** With a document request: the documents asked for (required there). */
  documents: z.string().max(2_000, { error: 'At most 2000 characters.' }).optional(),
});
export const whatsappChat = z.object({
  /** `https://wa.me/62…?text=…`: the browser opens it once the contact is recorded. */
  url: z.string(),
  message: z.string(),
  locale: z.enum(locales),
});
