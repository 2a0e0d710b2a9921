import type { MessageKey } from '../../i18n/messages-id';
import type { UserAbilities } from '../../../domain/permissions';

export interface SettingsPageLink {
  href: string;
  /** The page's name; `${name}.about` says in one line what it is for. */
  name: MessageKey;
  /** The server's flag that lets the user open it. */
  ability: keyof UserAbilities;
}

export interface SettingsSection {
  title: MessageKey;
  pages: readonly SettingsPageLink[];
}

/** The settings pages, grouped the way an admin thinks of them. */
export const settingsSections: readonly SettingsSection[] = [
  {
    title: 'settings.hiring',
    pages: [
      {
        href: '/settings/interview-templates',
        name: 'nav.templates',
        ability: 'editStageTemplates',
      },
      {
        href: '/settings/email-templates',
        name: 'nav.emailTemplates',
        ability: 'readEmailTemplates',
      },
      { href: '/settings/minimum-wages', name: 'nav.offerSettings', ability: 'editOfferSettings' },
    ],
  },
  {
    title: 'settings.company',
    pages: [
      { href: '/settings/brand', name: 'nav.brand', ability: 'editBrand' },
      { href: '/settings/integrations', name: 'nav.integrations', ability: 'manageIntegrations' },
    ],
  },
  {
    title: 'settings.people',
    pages: [
      { href: '/settings/users', name: 'nav.users', ability: 'manageUsers' },
      { href: '/outbox', name: 'nav.outbox', ability: 'readOutbox' },
      { href: '/data-requests', name: 'nav.dataRequests', ability: 'handleDataRequests' },
      { href: '/settings/audit-log', name: 'nav.auditLog', ability: 'readAuditLog' },
    ],
  },
];

/** Whether the user may open at least one settings page (else the top bar has no Settings). */
export const opensAnySettings = (can: Readonly<Record<keyof UserAbilities, boolean>>): boolean =>
  settingsSections.some((section) => section.pages.some((page) => can[page.ability]));
