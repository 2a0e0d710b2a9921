import type { settingsMessagesId } from './messages-settings';

export const settingsMessagesEn: Record<keyof typeof settingsMessagesId, string> = {
  'nav.settings': 'Settings',
  'settings.title': 'Settings',
  'settings.none': 'There are no settings you can change.',
  'settings.hiring': 'Hiring process',
  'settings.company': 'Company',
  'settings.people': 'Users, messages and data',
  'nav.templates.about':
    'The default purpose, questions and scorecard of the HR and user interviews.',
  'nav.emailTemplates.about': 'What candidates receive by e-mail, in Indonesian and English.',
  'nav.offerSettings.about': 'Minimum wages, the approval rule and the offer letter.',
  'nav.brand.about': 'The name, logo and colour candidates see; WhatsApp templates.',
  'nav.integrations.about': 'API tokens and webhooks for other tools.',
  'nav.users.about': 'Invite colleagues, set roles, deactivate accounts.',
  'nav.outbox.about': 'E-mails sent, waiting or failed.',
  'nav.dataRequests.about': "Candidates' requests to see or erase their data (UU PDP).",
  'nav.auditLog.about': 'Who changed what, and when.',
};
