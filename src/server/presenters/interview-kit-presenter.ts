import type { InterviewKit as KitRow } from '../../services/interviews/interview-kit-service';
import type { InterviewKit } from '../routes/interview-kits.schema';
import { presentDecision } from './decision-presenter';
import { presentScorecard } from './scorecard-presenter';

export function presentKit(kit: KitRow): InterviewKit {
  const { candidate, job, application } = kit;
  return {
    stage: kit.stage,
    template: kit.template,
    plan: kit.plan,
    job: { id: job.id, title: job.title, department: job.department },
    application: { id: application.id, stage: application.stage },
    candidate: {
      id: candidate.id,
      fullName: candidate.fullName,
      email: candidate.email,
      phone: candidate.phone,
      source: candidate.source,
      tags: candidate.tags,
      notes: candidate.notes,
    },
    cv: kit.cvFile
      ? { id: kit.cvFile.id, fileName: kit.cvFile.fileName, kind: kit.cvFile.kind }
      : null,
    questions: kit.questions.map((q) =>
      q.source === 'bank'
        ? {
            key: q.key,
            source: 'bank' as const,
            text: q.question.text,
            attribute: q.question.attribute,
            type: q.question.type,
            goodAnswer: q.question.goodAnswer,
            redFlags: q.question.redFlags,
          }
        : {
            key: q.key,
            source: 'job' as const,
            text: { id: q.text, en: q.text },
            attribute: null,
            type: null,
            goodAnswer: null,
            redFlags: null,
          },
    ),
    hrAdvisory: kit.hrAdvisory && {
      summary: kit.hrAdvisory.summary,
      scorecards: kit.hrAdvisory.scorecards.map((card) => presentScorecard(card)),
      decisions: kit.hrAdvisory.decisions.map(presentDecision),
    },
    canScore: kit.canScore,
    notesWithheld: kit.notesWithheld,
    hrScoresAfterSubmit: kit.hrScoresAfterSubmit,
    readsCandidate: kit.readsCandidate,
    can: kit.salary,
    ownScorecard: kit.ownScorecard ? presentScorecard(kit.ownScorecard) : null,
    submitOpensAt: kit.submitOpensAt?.toISOString() ?? null,
    scorecardClosed: kit.scorecardClosed,
    bookedMinutes: kit.bookedMinutes,
  };
}
