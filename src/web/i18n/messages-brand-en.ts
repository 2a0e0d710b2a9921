import type { brandMessagesId } from './messages-brand';

export const brandMessagesEn: Record<keyof typeof brandMessagesId, string> = {
  'nav.brand': 'Employer brand',
  'brand.title': 'Employer brand',
  'brand.intro':
    'This name, logo, colour and these texts appear on the careers pages, the candidate portal, the practice page, the offer letter and the e-mails to candidates.',
  'brand.companyName': 'Company name',
  'brand.contactEmail': 'Contact e-mail for candidates',
  'brand.contactEmailHint':
    "Candidates' replies to the e-mails HR sends go here: a shared inbox someone reads. Left empty, replies go to the HR user who sent the e-mail (or imported the candidate).",
  'brand.companyNameDefault': "Currently the server setting's name: {name}.",
  'brand.colour': 'Brand colour',
  'brand.colourHint':
    'Format #rrggbb. White text on this colour must stay readable (contrast at least 4.5:1).',
  'brand.colourDefault': 'Built-in colour',
  'brand.contrast': 'Contrast with white text: {ratio}:1',
  'brand.aboutId': 'About us (Bahasa Indonesia)',
  'brand.aboutEn': 'About us (English)',
  'brand.introId': 'Careers page intro (Bahasa Indonesia)',
  'brand.introEn': 'Careers page intro (English)',
  'brand.save': 'Save brand',
  'brand.logo': 'Logo',
  'brand.logoHint': 'PNG or JPEG, at most 200 KB. SVG is not accepted.',
  'brand.logoUpload': 'Upload logo',
  'brand.logoRemove': 'Remove logo',
  'brand.noLogo': 'No logo yet.',
  'brand.preview': 'Preview',
  'brand.previewButton': 'Apply now',
  'brand.about': 'About {company}',
  'brand.staffSignIn': 'Staff sign-in',
  'brand.poweredBy': 'Recruiting with Seleksi',
  'brand.updated': 'Last changed by {name}, {date}',

  'whatsapp.templates': 'WhatsApp messages',
  'whatsapp.templatesIntro':
    'The message prepared when HR opens a WhatsApp chat with a candidate. HR can still change it in WhatsApp before sending.',
  'whatsapp.placeholders': 'Placeholders: {list}',
  'whatsapp.save': 'Save message',
  'whatsapp.reset': 'Restore the built-in text',
  'whatsapp.customized': 'Changed',
  'whatsapp.purpose.interview_reminder': 'Interview reminder',
  'whatsapp.purpose.portal_link': 'Portal link',
  'whatsapp.purpose.document_request': 'Document request',
  'whatsapp.open': 'Open WhatsApp',
  'whatsapp.heading': 'Contact on WhatsApp',
  'whatsapp.message': 'Message',
  'whatsapp.language': 'Message language',
  'whatsapp.documents': 'Documents requested',
  'whatsapp.documents.hint':
    'Goes at the end of the message, e.g. ID card (KTP), latest diploma, tax ID (NPWP).',
  'whatsapp.recorded': "Contact recorded in the application's history.",
  'whatsapp.popupBlocked': 'The browser blocked the new window. Open this link:',
  'whatsapp.refusal.no_phone': 'The candidate has no phone number.',
  'whatsapp.refusal.consent_withdrawn':
    'The candidate withdrew their consent: do not contact them on WhatsApp.',
  'whatsapp.refusal.processing_restricted':
    "Processing of the candidate's data is restricted: do not contact them.",
  'history.whatsapp': '{actor} opened a WhatsApp chat: {purpose}',
  'error.no_upcoming_interview': 'There is no upcoming interview to remind the candidate of.',
  'error.no_phone': 'The candidate has no phone number.',
  'error.consent_withdrawn': 'The candidate withdrew their consent: do not contact them.',
  'error.processing_restricted':
    "Processing of the candidate's data is restricted: do not contact them.",
  'error.invalid_colour': 'Give the colour as # and six hexadecimal digits, e.g. #0b5cad.',
  'error.low_contrast':
    'White text is hard to read on this colour (at least 4.5:1 contrast needed); choose a darker shade.',
  'error.unsupported_type': 'The logo must be a PNG or JPEG image.',
};
