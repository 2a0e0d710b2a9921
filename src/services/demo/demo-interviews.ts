import { combineScores, summariseStage, type SubmittedScorecard } from '../../domain/decision';
import type { InterviewStage } from '../../domain/interview';
import type { Rating } from '../../domain/scorecard';
import { builtInStageTemplates } from '../../domain/stage-template';
import type { DemoRows } from './demo-rows';

const positive: Rating[] = ['yes', 'strong_yes', 'yes', 'yes', 'strong_yes'];
const negative: Rating[] = ['no', 'strong_no', 'no', 'yes', 'no'];
const evidence = {
  positive: [
    'Memberi contoh konkret dengan hasil yang terukur.',
    'Menjelaskan langkahnya runtut dan tenang.',
    'Menyebut tools yang relevan dan cara memakainya.',
  ],
  negative: [
    'Jawaban umum, tanpa contoh nyata.',
    'Kurang yakin saat diminta menjelaskan lebih rinci.',
    'Cenderung menyalahkan pihak lain.',
  ],
};
const rationales: Record<InterviewStage, Record<'advance' | 'reject', string>> = {
  hr: {
    advance: 'Motivasi jelas dan sikap positif; lanjut ke user.',
    reject: 'Belum menunjukkan motivasi yang cocok untuk peran ini.',
  },
  user: {
    advance: 'Studi kasus dikerjakan dengan baik; siap untuk penawaran.',
    reject: 'Kemampuan teknis belum sesuai kebutuhan tim saat ini.',
  },
};

/**
 * Replays a finished interview for the demo: each panel member's submitted scorecard and the
 * decision that followed, with the scores it was based on (added to `rows`).
 */
export function seedFinishedInterview(
  rows: DemoRows,
  interview: {
    applicationId: string;
    stage: InterviewStage;
    panel: string[];
    decidedBy: string;
    outcome: 'advance' | 'reject';
    variant: number;
    at: Date;
  },
): void {
  const attributes = builtInStageTemplates[interview.stage].attributes;
  const scale = interview.outcome === 'advance' ? positive : negative;
  const notes = interview.outcome === 'advance' ? evidence.positive : evidence.negative;
  const cards: SubmittedScorecard[] = interview.panel.map((interviewerId, member) => {
    const pick = <T>(list: T[], index: number) =>
      list[(index + member + interview.variant) % list.length]!;
    return {
      interviewerId,
      ratings: attributes.map((attribute, index) => ({
        attribute,
        rating: pick(scale, index),
        evidence: pick(notes, index),
      })),
      // HR's yes stays a plain yes, so the demo's user rejections are not HR–user conflicts.
      recommendation:
        interview.outcome === 'reject'
          ? 'no'
          : interview.stage === 'hr'
            ? 'yes'
            : pick(['yes', 'strong_yes'] as Rating[], 0),
    };
  });
  for (const card of cards) {
    rows.scorecards.push({
      applicationId: interview.applicationId,
      stage: interview.stage,
      interviewerId: card.interviewerId,
      content: {
        ratings: card.ratings,
        recommendation: card.recommendation,
        summary: notes[0]!,
        questionNotes: {},
      },
      submittedAt: interview.at,
    });
  }
  const summary = summariseStage(interview.stage, attributes, cards);
  const empty = summariseStage(interview.stage === 'hr' ? 'user' : 'hr', [], []);
  const summaries =
    interview.stage === 'hr' ? { hr: summary, user: empty } : { hr: empty, user: summary };
  rows.decisions.push({
    applicationId: interview.applicationId,
    stage: interview.stage,
    outcome: interview.outcome,
    rationale: rationales[interview.stage][interview.outcome],
    conflict: false,
    againstPanel: false,
    scores: { summaries, combined: combineScores(summaries, { hr: 30, user: 70 }) },
    decidedBy: interview.decidedBy,
    at: interview.at,
  });
}
