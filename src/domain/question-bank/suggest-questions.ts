import type { FocusAttribute, InterviewStage, QuestionRole } from '../interview';

const roleHints: [QuestionRole, RegExp][] = [
  ['content_writer', /content|copywrit|penulis|writer/i],
  // "Engineer" alone means a software engineer, unless the job is a QA one ("QA Engineer" in the
  // "Engineering" department is a tester, not a backend developer).
  [
    'backend_developer',
    /backend|back-end|developer|programmer|^(?!.*(\bqa\b|quality|tester)).*engineer/i,
  ],
  ['customer_service', /customer|layanan pelanggan|\bcs\b|support/i],
  ['data_analyst', /data|analis|analyst|\bbi\b/i],
  ['qa_engineer', /\bqa\b|quality|tester|penguji/i],
];

/** Guesses which role-specific questions fit a job from its title and department. */
export function questionRolesForJob(job: { title: string; department: string }): QuestionRole[] {
  const text = `${job.title} ${job.department}`;
  return roleHints.filter(([, pattern]) => pattern.test(text)).map(([role]) => role);
}

interface Candidate {
  id: string;
  stage: InterviewStage;
  attribute: FocusAttribute;
  roles: readonly QuestionRole[];
}

/**
 * A starting set of questions for a stage: role-specific ones first, then one general question per
 * focus attribute not yet covered, up to `limit`. HR edits it afterwards.
 */
export function suggestQuestions(
  bank: readonly Candidate[],
  stage: InterviewStage,
  attributes: readonly FocusAttribute[],
  roles: readonly QuestionRole[],
  limit: number,
): string[] {
  const inStage = bank.filter((q) => q.stage === stage && attributes.includes(q.attribute));
  const forRole = inStage.filter((q) => q.roles.some((role) => roles.includes(role)));
  const general = inStage.filter((q) => q.roles.length === 0);
  const chosen: Candidate[] = forRole.slice(0, Math.ceil(limit / 2));
  for (const attribute of attributes) {
    if (chosen.length >= limit) break;
    const pick = general.find((q) => q.attribute === attribute && !chosen.includes(q));
    if (pick && !chosen.some((q) => q.attribute === attribute)) chosen.push(pick);
  }
  for (const q of [...forRole, ...general]) {
    if (chosen.length >= limit) break;
    if (!chosen.includes(q)) chosen.push(q);
  }
  return chosen.slice(0, limit).map((q) => q.id);
}
