import type { MailSettings } from '../../config';
import { z } from 'zod';
import type { Database } from '../../db/database';
import {
  listOfferLetterTemplates,
  offerLetterFileName,
  previewOfferLetter,
  resetOfferLetterTemplate,
  updateOfferLetterTemplate,
  type OfferLetterTemplateView,
} from '../../services/offer-letters/offer-letter-template-service';
import { route } from '../route';
import {
  offerLetterTemplate,
  offerLetterTemplateInput,
  offerLetterTemplateList,
  offerLetterTemplateParams,
  type OfferLetterTemplateOutput,
} from './offer-letters.schema';

export const offerLetterRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/admin/offer-letter-templates',
      tag: 'offer-letters',
      summary: "The offer letter's wording in id and en, with its placeholders (admins)",
      response: offerLetterTemplateList,
    },
    async ({ actor }) => ({ templates: (await listOfferLetterTemplates(db, actor)).map(present) }),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/offer-letter-templates/:locale',
      tag: 'offer-letters',
      summary: 'Reword the offer letter (admins); an unknown placeholder is a field error',
      params: offerLetterTemplateParams,
      body: offerLetterTemplateInput,
      response: offerLetterTemplate,
    },
    async ({ actor, params, body }) =>
      present(await updateOfferLetterTemplate(db, actor, params.locale, body)),
  ),
  route(
    {
      method: 'DELETE',
      url: '/api/admin/offer-letter-templates/:locale',
      tag: 'offer-letters',
      summary: 'Go back to the built-in offer letter (admins)',
      params: offerLetterTemplateParams,
      response: offerLetterTemplate,
    },
    async ({ actor, params }) => present(await resetOfferLetterTemplate(db, actor, params.locale)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/offer-letter-templates/:locale/preview',
      tag: 'offer-letters',
      summary: 'The wording as a PDF filled with a sample offer, checked as a save would be',
      params: offerLetterTemplateParams,
      body: offerLetterTemplateInput,
      response: z.instanceof(Buffer),
      produces: ['application/pdf'],
    },
    async ({ actor, params, body, reply }) => {
      const pdf = await previewOfferLetter(db, mail, actor, params.locale, body);
      reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${offerLetterFileName(params.locale)}"`,
        )
        .header('cache-control', 'private, no-store');
      return Buffer.from(pdf);
    },
  ),
];

function present(view: OfferLetterTemplateView): OfferLetterTemplateOutput {
  return {
    locale: view.locale,
    title: view.title,
    body: view.body,
    placeholders: [...view.placeholders],
    customized: view.customized,
    updatedByName: view.updatedByName,
    updatedAt: view.updatedAt?.toISOString() ?? null,
  };
}
