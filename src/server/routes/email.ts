import type { Database } from '../../db/database';
import type { EmailTemplateKey } from '../../domain/email/email-templates';
import {
  listEmailTemplates,
  previewEmailTemplate,
  resetEmailTemplate,
  updateEmailTemplate,
  type EmailTemplateView,
} from '../../services/email/email-template-service';
import { getOutboxMessage, listOutbox, sendEmailAgain } from '../../services/email/outbox-service';
import { presentEmailMessage } from '../presenters/scheduling-presenter';
import { commandRoute, route } from '../route';
import {
  emailPreview,
  emailTemplate,
  emailTemplateInput,
  emailTemplateList,
  emailTemplateParams,
  outboxMessage,
  outboxPage,
  outboxParams,
  outboxQuery,
  type EmailTemplateOutput,
} from './email.schema';

const pageSize = 25;

export const emailRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/email-templates',
      tag: 'email',
      summary: 'Every e-mail template in id and en, with its placeholders (HR)',
      response: emailTemplateList,
    },
    async ({ actor }) => ({ templates: (await listEmailTemplates(db, actor)).map(present) }),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/email-templates/:key/:locale',
      tag: 'email',
      summary: 'Reword a template (admins); an unknown placeholder is a field error',
      params: emailTemplateParams,
      body: emailTemplateInput,
      response: emailTemplate,
    },
    async ({ actor, params, body }) =>
      present(
        await updateEmailTemplate(db, actor, params.key as EmailTemplateKey, params.locale, body),
      ),
  ),
  route(
    {
      method: 'DELETE',
      url: '/api/email-templates/:key/:locale',
      tag: 'email',
      summary: 'Go back to the built-in text (admins)',
      params: emailTemplateParams,
      response: emailTemplate,
    },
    async ({ actor, params }) =>
      present(await resetEmailTemplate(db, actor, params.key as EmailTemplateKey, params.locale)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/email-templates/:key/:locale/preview',
      tag: 'email',
      summary: 'The template filled with sample values, checked as a save would be',
      params: emailTemplateParams,
      body: emailTemplateInput,
      response: emailPreview,
    },
    async ({ actor, params, body }) =>
      previewEmailTemplate(actor, params.key as EmailTemplateKey, params.locale, body),
  ),
  route(
    {
      method: 'GET',
      url: '/api/outbox',
      tag: 'email',
      summary: 'Every message written, newest first, with its delivery status (HR)',
      query: outboxQuery,
      response: outboxPage,
    },
    async ({ actor, query }) => {
      const { messages, total } = await listOutbox(db, actor, {
        limit: pageSize,
        offset: (query.page - 1) * pageSize,
      });
      return { messages: messages.map(presentEmailMessage), total, page: query.page, pageSize };
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/outbox/:messageId',
      tag: 'email',
      summary:
        'One message with its Reply-To, text, calendar invitation and attached file name (HR)',
      params: outboxParams,
      response: outboxMessage,
    },
    async ({ actor, params }) => {
      const message = await getOutboxMessage(db, actor, params.messageId);
      return {
        ...presentEmailMessage(message),
        body: message.body,
        calendarIcs: message.calendarIcs,
        attachmentName: message.attachmentName,
        replyTo: message.replyTo ?? null,
      };
    },
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/outbox/:messageId/send-again',
      tag: 'email',
      summary: 'Send a failed message again once its cause is fixed (HR)',
      params: outboxParams,
    },
    ({ actor, params }) => sendEmailAgain(db, actor, params.messageId),
  ),
];

function present(view: EmailTemplateView): EmailTemplateOutput {
  return {
    ...view,
    placeholders: [...view.placeholders],
    updatedAt: view.updatedAt?.toISOString() ?? null,
  };
}
