import type { Database } from '../../db/database';
import {
  changeOfferSettings,
  getOfferSettings,
  type OfferSettingsView,
} from '../../services/offer-settings/offer-settings-service';
import { route } from '../route';
import {
  offerSettings,
  offerSettingsInput,
  type OfferSettingsOutput,
} from './offer-settings.schema';

export const offerSettingsRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/admin/offer-settings',
      tag: 'offer-settings',
      summary: 'The offer approval rule and the named approver (admins)',
      response: offerSettings,
    },
    async ({ actor }) => present(await getOfferSettings(db, actor)),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/offer-settings',
      tag: 'offer-settings',
      summary: 'Change the offer approval rule and the named approver (admins)',
      body: offerSettingsInput,
      response: offerSettings,
    },
    async ({ actor, body }) => present(await changeOfferSettings(db, actor, body)),
  ),
];

function present(view: OfferSettingsView): OfferSettingsOutput {
  return {
    everyOfferNeedsApproval: view.everyOfferNeedsApproval,
    approver:
      view.approverId && view.approverName
        ? { id: view.approverId, name: view.approverName }
        : null,
    eligibleApprovers: view.eligibleApprovers,
    updatedByName: view.updatedByName,
    updatedAt: view.updatedAt.toISOString(),
  };
}
