import type { MailSettings } from '../../config';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { logoMaxBytes } from '../../domain/brand';
import {
  changeBrandSettings,
  changeLogo,
  currentBrand,
  getBrandSettings,
  readLogo,
  type Brand,
  type BrandView,
} from '../../services/brand/brand-service';
import {
  listWhatsappTemplates,
  openWhatsappChat,
  resetWhatsappTemplate,
  updateWhatsappTemplate,
  type WhatsappTemplateView,
} from '../../services/whatsapp/whatsapp-service';
import { publicRoute, route } from '../route';
import {
  brandInput,
  brandSettings,
  logoInput,
  publicBrand,
  whatsappChat,
  whatsappChatInput,
  whatsappChatParams,
  whatsappTemplate,
  whatsappTemplateInput,
  whatsappTemplateList,
  whatsappTemplateParams,
  type BrandSettings,
  type PublicBrand,
  type WhatsappTemplateOutput,
} from './brand.schema';

export const brandRoutes = (db: Database, mail: MailSettings) => [
  publicRoute(
    {
      method: 'GET',
      url: '/api/brand',
      tag: 'brand',
      summary: "The employer's brand on candidates' pages: name, logo, colour and texts",
      response: publicBrand,
    },
    async () => presentPublic(await currentBrand(db, mail)),
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/brand/logo',
      tag: 'brand',
      summary: "The employer's logo (PNG or JPEG)",
      response: z.instanceof(Buffer),
      produces: ['image/png', 'image/jpeg'],
    },
    async ({ reply }) => {
      const logo = await readLogo(db);
      // The URL carries the logo's version: a new logo is a new URL, so this one may be cached.
      reply.type(logo.type).header('cache-control', 'public, max-age=86400');
      return Buffer.from(logo.bytes);
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/admin/brand',
      tag: 'brand',
      summary: 'The employer brand settings (admins)',
      response: brandSettings,
    },
    async ({ actor }) => present(await getBrandSettings(db, mail, actor)),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/brand',
      tag: 'brand',
      summary:
        'Change the company name, brand colour (readable under white text), about-us and careers intro (admins)',
      body: brandInput,
      response: brandSettings,
    },
    async ({ actor, body }) => present(await changeBrandSettings(db, mail, actor, body)),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/brand/logo',
      tag: 'brand',
      summary: 'Upload the logo: PNG or JPEG, at most 200 KB (admins)',
      body: logoInput,
      multipart: { files: ['logo'], maxFileBytes: logoMaxBytes },
      response: brandSettings,
    },
    async ({ actor, body }) => present(await changeLogo(db, mail, actor, body.logo.bytes)),
  ),
  route(
    {
      method: 'DELETE',
      url: '/api/admin/brand/logo',
      tag: 'brand',
      summary: 'Remove the logo (admins)',
      response: brandSettings,
    },
    async ({ actor }) => present(await changeLogo(db, mail, actor, null)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/whatsapp-templates',
      tag: 'whatsapp',
      summary: 'The WhatsApp messages per purpose and language, with their placeholders (HR)',
      response: whatsappTemplateList,
    },
    async ({ actor }) => ({
      templates: (await listWhatsappTemplates(db, actor)).map(presentTemplate),
    }),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/whatsapp-templates/:purpose/:locale',
      tag: 'whatsapp',
      summary: 'Reword a WhatsApp message (admins); an unknown placeholder is a field error',
      params: whatsappTemplateParams,
      body: whatsappTemplateInput,
      response: whatsappTemplate,
    },
    async ({ actor, params, body }) =>
      presentTemplate(
        await updateWhatsappTemplate(db, actor, params.purpose, params.locale, body.body),
      ),
  ),
  route(
    {
      method: 'DELETE',
      url: '/api/admin/whatsapp-templates/:purpose/:locale',
      tag: 'whatsapp',
      summary: 'Go back to the built-in WhatsApp message (admins)',
      params: whatsappTemplateParams,
      response: whatsappTemplate,
    },
    async ({ actor, params }) =>
      presentTemplate(await resetWhatsappTemplate(db, actor, params.purpose, params.locale)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/whatsapp',
      tag: 'whatsapp',
      summary:
        "Record a WhatsApp contact in the application's history and get the wa.me link with the message (HR; not after consent is withdrawn)",
      params: whatsappChatParams,
      body: whatsappChatInput,
      response: whatsappChat,
      status: 201,
    },
    async ({ actor, params, body }) =>
      openWhatsappChat(db, mail, actor, params.applicationId, body),
  ),
];

function presentPublic(brand: Brand): PublicBrand {
  return {
    companyName: brand.companyName,
    brandColour: brand.brandColour,
    aboutId: brand.aboutId,
    aboutEn: brand.aboutEn,
    careersIntroId: brand.careersIntroId,
    careersIntroEn: brand.careersIntroEn,
    logoPath: brand.logoPath,
  };
}

function present(view: BrandView): BrandSettings {
  return {
    ...presentPublic(view),
    companyNameIsDefault: view.companyNameIsDefault,
    candidateContactEmail: view.candidateContactEmail,
    updatedByName: view.updatedByName,
    updatedAt: view.updatedAt.toISOString(),
  };
}

function presentTemplate(view: WhatsappTemplateView): WhatsappTemplateOutput {
  return {
    purpose: view.purpose,
    locale: view.locale,
    body: view.body,
    placeholders: [...view.placeholders],
    customized: view.customized,
    updatedByName: view.updatedByName,
    updatedAt: view.updatedAt?.toISOString() ?? null,
  };
}
