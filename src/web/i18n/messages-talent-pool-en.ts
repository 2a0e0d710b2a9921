import type { talentPoolMessagesId } from './messages-talent-pool';

export const talentPoolMessagesEn: Record<keyof typeof talentPoolMessagesId, string> = {
  'talentPool.title': 'Talent pool',
  'search.talentPoolMembers': 'Talent-pool members',
  'talentPool.member': 'In the talent pool since {date}: may be considered for other openings.',
  'talentPool.left': 'Left the talent pool on {date}: do not consider for other openings.',
  'talentPool.oneRecruitment':
    'This candidate let us use their data only for the job they applied to. To consider them for another opening, first ask whether they want to join the talent pool.',
  'talentPool.jobToName': 'Job to mention',
  'talentPool.invite': 'Send the invitation by e-mail',
  'talentPool.waiting':
    'Invitation sent {sent}. Its link works until {until}; you will hear by e-mail when the candidate answers.',
  'talentPool.declined': 'The candidate declined on {date}. You can ask again from {again}.',
  'talentPool.ended':
    'The invitation of {sent} ended without an answer: its e-mail could not reach the candidate (no mail server yet, or delivery failed) or its link expired. You may ask again.',
  'talentPool.recordLeft': 'Record a request to leave the talent pool',
  'talentPool.confirmLeftTitle': 'Leave the talent pool?',
  'talentPool.confirmLeft':
    'Record that the candidate asked to leave the talent pool? You will not be able to invite them again.',

  'consent.recruitment': 'Recruitment consent: {date}, privacy notice version {version}',
  'consent.talent_pool': 'Talent-pool consent: {date}, privacy notice version {version}',
  'consent.withdrawn': 'withdrawn {date}',
  'consent.imported':
    'Imported by HR on {date}; the candidate has not given consent or seen the privacy notice yet (version {version} applies).',

  'consent.added':
    'Added by HR on {date}; the candidate has not given consent or seen the privacy notice yet.',
  'consent.addedNoticeSent':
    'Added by HR on {date}; the privacy notice was e-mailed to the candidate on {sentAt}; they have not responded to it or given consent yet.',
  'consent.addedNoticeQueued':
    'Added by HR on {date}; the privacy notice is still in the outbox, not sent yet; the candidate has not given consent yet.',
  'consent.importedNoticeSent':
    'Imported by HR on {date}; the privacy notice (version {version}) was e-mailed to the candidate on {sentAt}; they have not responded to it or given consent yet.',
  'consent.importedNoticeQueued':
    'Imported by HR on {date}; the privacy notice (version {version}) is still in the outbox, not sent yet; the candidate has not given consent yet.',

  'apply.talentPool':
    'Optional: keep my data in the talent pool (the candidates who may be contacted when another opening fits) so I can be considered for other openings at this company. I can withdraw this at any time.',

  'portal.pool.title': 'Other openings',
  'portal.pool.member': 'You are in our talent pool: we may consider you for other openings.',
  'portal.pool.notMember':
    'You are not in our talent pool, so we will not consider you for other openings. The talent pool is the list of candidates we may contact when an opening fits. Would you like to join?',
  'portal.pool.join': 'Yes, keep my data in the talent pool',
  'portal.pool.leave': 'Leave the talent pool',

  'pool.invite.title': 'May we consider you for other openings?',
  'pool.invite.greeting': 'Hello {name},',
  'pool.invite.intro':
    '{company} has a {job} role that may suit you. When you applied, you let us use your data only for the job you applied to.',
  'pool.invite.what':
    'The talent pool is the list of candidates we may contact when an opening fits. If you agree, your data (name, contact details, CV and the results of your earlier process) is kept there and HR may consider you for this role and other openings; each time, you hear about it by e-mail. It is kept for at most {months} months after your last process ends. You can leave at any time from your application page.',
  'pool.invite.version': 'Privacy notice version {version}.',
  'pool.invite.expires': 'This link works until {date}.',
  'pool.invite.agree': 'Yes, I agree',
  'pool.invite.decline': 'No, thank you',
  'pool.invite.agreed':
    'Thank you. You are in our talent pool; HR will contact you when an opening fits.',
  'pool.invite.declined': 'Understood: we will not use your data for other openings.',
  'pool.invite.member':
    'You are in our talent pool. To leave at any time, open your application page (its link is in our e-mails).',
  'pool.invite.left': 'You have left our talent pool; we will not consider you for other openings.',
  'pool.invite.unavailableTitle': 'This link does not work',
  'pool.invite.unavailable':
    "The link is wrong, cut off, or has expired. If you would like to be considered for our openings, apply on our careers page or contact the company's HR team.",

  'error.talent_pool_consent_required':
    'The candidate let us use their data only for the job they applied to. Invite them to the talent pool first (see below).',
  'error.processing_restricted':
    'The candidate withdrew consent; their data may not be processed further.',
  'error.already_in_talent_pool': 'The candidate is already in the talent pool.',
  'error.left_talent_pool': 'The candidate left the talent pool; do not ask again.',
  'error.talent_pool_consent_not_needed': 'This candidate may be considered for any job.',
  'error.invitation_pending': 'An earlier invitation is still waiting for the candidate’s answer.',
  'error.invitation_declined': 'The candidate declined recently; you can ask again later.',
  'error.not_in_talent_pool': 'The candidate is not in the talent pool.',
  'error.job_not_open': 'Choose a job that is open.',
};
