import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { inviteToTalentPool } from '../../services/privacy/invite-to-talent-pool';
import { answerTalentPoolInvite } from '../../services/privacy/answer-talent-pool-invite';
import { openTalentPoolInvitation } from '../../services/privacy/open-talent-pool-invitation';
import { setTalentPoolFromPortal } from '../../services/privacy/set-talent-pool-from-portal';
import { removeFromTalentPool } from '../../services/privacy/remove-from-talent-pool';
import { commandRoute, publicRoute, route } from '../route';
import { candidateParams } from './candidates.schema';
import { portalParams } from './portal.schema';
import {
  portalTalentPoolInput,
  portalTalentPoolResult,
  talentPoolAnswerInput,
  talentPoolAnswerResult,
  talentPoolInvitationInput,
  talentPoolInvitationParams,
  talentPoolInvitationResult,
  talentPoolInvitationView,
} from './talent-pool.schema';

// Links are the candidate's only key: public routes, limited so a token cannot be guessed.
const perMinute = 30;

export const talentPoolRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/talent-pool/invitations',
      tag: 'privacy',
      summary: 'E-mail the candidate asking to join the talent pool, naming an open job (HR)',
      params: candidateParams,
      body: talentPoolInvitationInput,
      response: talentPoolInvitationResult,
      status: 201,
    },
    async ({ actor, params, body }) => {
      const { expiresAt } = await inviteToTalentPool(db, mail, actor, params.candidateId, body);
      return { expiresAt: expiresAt.toISOString() };
    },
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/talent-pool/withdrawal',
      tag: 'privacy',
      summary: 'Record that the candidate left the talent pool (HR)',
      params: candidateParams,
    },
    ({ actor, params }) => removeFromTalentPool(db, actor, params.candidateId),
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/talent-pool/:token',
      tag: 'talent-pool',
      summary: 'The invitation to join the talent pool (no account; the link is the key)',
      params: talentPoolInvitationParams,
      response: talentPoolInvitationView,
      perMinute,
    },
    async ({ params }) => {
      const view = await openTalentPoolInvitation(db, mail, params.token);
      return { ...view, expiresAt: view.expiresAt.toISOString() };
    },
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/talent-pool/:token/answer',
      tag: 'talent-pool',
      summary: 'The candidate agrees to join the talent pool, or declines; the inviter is told',
      params: talentPoolInvitationParams,
      body: talentPoolAnswerInput,
      response: talentPoolAnswerResult,
      perMinute,
    },
    async ({ params, body, actor }) => answerTalentPoolInvite(db, mail, params.token, body, actor),
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/talent-pool',
      tag: 'portal',
      summary: 'The candidate joins or leaves the talent pool from their portal',
      params: portalParams,
      body: portalTalentPoolInput,
      response: portalTalentPoolResult,
      perMinute,
    },
    async ({ params, body, actor }) => setTalentPoolFromPortal(db, mail, params.token, body, actor),
  ),
];
