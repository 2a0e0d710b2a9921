import { z } from 'zod';
import { emailTemplateKeys, type EmailTemplateKey } from '../../domain/email/email-templates';
import { idSchema, timestampSchema } from './common.schema';
import { emailMessage, localeSchema } from './scheduling.schema';

export const emailTemplateKeySchema = z.enum(
  emailTemplateKeys as [EmailTemplateKey, ...EmailTemplateKey[]],
);
export const emailTemplateParams = z.object({ key: emailTemplateKeySchema, locale: localeSchema });
// Placeholders are checked by the domain, which names each unknown one.
export const emailTemplateInput = z.object({
  subject: z.string().max(300, { error: 'At most 300 characters.' }),
  body: z.string().max(10_000, { error: 'At most 10000 characters.' }),
});
export const emailTemplate = z.object({
  key: emailTemplateKeySchema,
  locale: localeSchema,
  subject: z.string(),
  body: z.string(),
  placeholders: z.array(z.string()),
  customized: z.boolean(),
  updatedByName: z.string().nullable(),
  updatedAt: timestampSchema.nullable(),
});
export type EmailTemplateOutput = z.infer<typeof emailTemplate>;
export const emailTemplateList = z.object({ templates: z.array(emailTemplate) });
export const emailPreview = z.object({ subject: z.string(), body: z.string() });

export const outboxQuery = z.object({
  page: z.coerce.number().int().min(1, { error: 'Pages start at 1.' }).default(1),
});
export const outboxPage = z.object({
  messages: z.array(emailMessage),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const outboxParams = z.object({ messageId: idSchema });
export const outboxMessage = emailMessage.extend({
  body: z.string(),
  calendarIcs: z.string().nullable(),
  /** The file sent with it (the offer letter), by name; the bytes are not shown. */
  attachmentName: z.string().nullable(),
  /** Where the candidate's answer goes (the company's contact inbox or the HR user); null for staff's. */
  replyTo: z.string().nullable(),
});
