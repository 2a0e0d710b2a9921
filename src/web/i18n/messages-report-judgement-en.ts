import type { reportJudgementMessagesId } from './messages-report-judgement';

export const reportJudgementMessagesEn: Record<keyof typeof reportJudgementMessagesId, string> = {
  'reports.agreement': 'HR vs user',
  'reports.agreement.help':
    "Does the HR interview predict the user's verdict? Counted over the candidates who reached the user stage and got the user's verdict. The user's verdict counts as recorded even if HR later reopened the application; the funnel shows where each candidate is now, so the two reports can differ by the reopened applications.",
  'reports.agreement.reading.passed':
    'Of {passed} candidates HR passed to the user, the user accepted {accepted}.',
  'reports.agreement.reading.rate':
    'HR\'s "{recommendation}" were accepted {rate} of the time ({accepted} of {cases}).',
  'reports.agreement.reading.rateTooFew':
    'HR\'s "{recommendation}": only {cases} cases, too few to tell.',
  'reports.agreement.reading.agreement':
    'HR and the user took the same side in {rate} of the cases with an HR scorecard.',
  'reports.agreement.reading.auc':
    "Ranked by HR's score, a candidate the user accepted came above one the user rejected {auc} of the time (50% is a coin toss, 100% perfect).",
  'reports.agreement.reading.aucNone':
    "How well HR's score ranks cannot be measured yet: it needs enough candidates the user accepted and rejected.",
  'reports.agreement.cannotShow':
    'What these figures cannot show: the {rejected} candidates HR rejected never met the user, so nobody knows how many of them the user would have taken. {withoutVerdict} more reached the user without a verdict (still waiting, withdrew, or closed for another reason) and are not counted.',
  'reports.agreement.noScorecard':
    '{count} user verdicts without a submitted HR scorecard count among the candidates, not in the agreement figures.',
  'reports.agreement.noScorecardOne':
    '1 user verdict without a submitted HR scorecard counts among the candidates, not in the agreement figures.',
  'reports.agreement.skippedHr':
    "{count} moved on without an HR decision (the HR interview's gate skipped with a reason): with no HR verdict there is nothing to compare, so they are left out of these figures.",
  'reports.agreement.skippedHrOne':
    "1 moved on without an HR decision (the HR interview's gate skipped with a reason): with no HR verdict there is nothing to compare, so they are left out of these figures.",
  'reports.agreement.empty': 'No user verdicts in this period and filter yet.',
  'reports.agreement.table': "HR's recommendation against the user's verdict",
  'reports.agreement.hrRecommendation': "HR's recommendation",
  'reports.agreement.userAccepted': 'User accepted',
  'reports.agreement.userRejected': 'User rejected',
  'reports.agreement.total': 'Total',
  'reports.agreement.acceptanceRate': 'Accepted',
  'reports.agreement.rec.strong_no': 'strong no',
  'reports.agreement.rec.no': 'no',
  'reports.agreement.rec.yes': 'yes',
  'reports.agreement.rec.strong_yes': 'strong yes',
  'reports.agreement.perJob': 'Per job',
  'reports.agreement.perRecruiter': 'Per recruiter',
  'reports.agreement.job': 'Job',
  'reports.agreement.recruiter': 'Recruiter',
  'reports.agreement.verdicts': 'User verdicts',
  'reports.agreement.cases': 'With HR scorecard',
  'reports.agreement.agreementRate': 'Agreement',
  'reports.agreement.auc': 'HR score AUC',
  'reports.agreement.aucHelp':
    'HR score AUC: with candidates ordered by HR score, how often one the user accepted ranks above one the user rejected (50% = a coin toss, 100% = perfect). "–" means there is nothing to compare yet.',
  'reports.calibration': 'Interviewer calibration',
  'reports.calibration.help':
    'Each rating is compared with the mean of the rest of the panel for the same candidate, stage and attribute. Half a point or more on average: lenient (above) or severe (below).',
  'reports.calibration.reach.everyone': 'Every interviewer.',
  'reports.calibration.reach.managed_jobs':
    "The interviewers of the jobs you are hiring manager of, over those jobs' panels.",
  'reports.calibration.reach.own':
    "Only your own calibration, against your panels' average (nobody else's ratings are shown).",
  'reports.calibration.empty': 'No scorecards in this period and filter yet.',
  'reports.calibration.interviewer': 'Interviewer',
  'reports.calibration.standing': 'Standing',
  'reports.calibration.difference': 'Difference from the panel',
  'reports.calibration.comparisons': 'Comparisons',
  'reports.calibration.matched': "Recommendation matched the stage's outcome",
  'reports.calibration.matchedOf': '{rate} ({matched} of {decided})',
  'reports.calibration.late': 'Scorecards late',
  'reports.calibration.missing': 'Scorecards missing',
  'reports.calibration.ofDue': '{count} of {due} due',
  'reports.calibration.noneDue': 'None due (no booked interview held)',
  'reports.calibration.noneDueYet': 'None due yet',
  'reports.calibration.attributes': 'Per attribute: {name}',
  'reports.calibration.attribute': 'Attribute',
  'reports.calibration.ownMean': 'Own mean',
  'reports.calibration.panelMean': "Rest of panel's mean",
  'reports.calibration.lenient': 'Lenient',
  'reports.calibration.severe': 'Severe',
  'reports.calibration.in_line': 'In line',
  'reports.calibration.dueRule':
    'A scorecard is due by the end of the first working day after its interview; "missing" counts once that day has passed. Only interviews booked in Seleksi have that day: a scorecard written without a booked interview counts in the comparisons but is never late or missing.',
  'reports.offers': 'Offers',
  'reports.offers.help':
    "Offers sent to this period's applicants: what became of them, why candidates declined, how long they took to answer, and accepted salaries against the job's band.",
  'reports.offers.empty': 'No offers sent in this period and filter yet.',
  'reports.offers.outcome': 'Outcome',
  'reports.offers.count': 'Count',
  'reports.offers.made': 'Sent',
  'reports.offers.accepted': 'Accepted',
  'reports.offers.declined': 'Declined by the candidate',
  'reports.offers.withdrawn': 'Withdrawn by the company',
  'reports.offers.waiting': 'Awaiting an answer',
  'reports.offers.acceptanceRate': 'Acceptance rate (of those answered)',
  'reports.offers.answerTime': 'Time to answer',
  'reports.offers.median': 'Median',
  'reports.offers.p90': '90th percentile',
  'reports.offers.answered': 'Answered',
  'reports.offers.declineReasons': 'Reasons for declining',
  'reports.offers.reason': 'Reason',
  'reports.offers.reason.accepted_other_offer': 'Accepted another offer',
  'reports.offers.reason.salary': 'Salary',
  'reports.offers.reason.benefits': 'Benefits',
  'reports.offers.reason.start_date': 'Start date',
  'reports.offers.reason.location_or_work_mode': 'Location or way of working',
  'reports.offers.reason.role_or_career': 'Role or career',
  'reports.offers.reason.personal': 'Personal reasons',
  'reports.offers.reason.other': 'Other',
  'reports.offers.reason.not_given': 'No reason given',
  'reports.offers.salaries': "Accepted salaries against the job's band",
  'reports.offers.position': 'Position',
  'reports.offers.position.below_band': 'Below the band',
  'reports.offers.position.within_band': 'Within the band',
  'reports.offers.position.above_band': 'Above the band',
  'reports.offers.position.no_band': 'Job without a salary band',
};
