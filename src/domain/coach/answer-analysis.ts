/**
 * The practice coach's answer analysis: pure, no I/O, the same in Node and in the browser.
 * The contract other layers rely on lives here; the detectors live beside it.
 */
export const answerLabels = [
  'situation',
  'task',
  'action',
  'result',
  'quantified',
  'genericClaim',
  'negativeFormer',
  'defensive',
  'theoretical',
  'fillerHeavy',
] as const;
export type AnswerLabel = (typeof answerLabels)[number];

/** A span of the answer that triggered a finding: its text and character offsets [start, end). */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface AnswerInput {
  language: 'id' | 'en';
  stage: 'hr' | 'user';
  question: string;
  answer: string;
  /** Key terms of the job (skills, tools), for coverage feedback. */
  jobTerms?: readonly string[] | undefined;
}

export interface LabelFinding {
  value: boolean;
  evidence: Evidence[];
}

export interface AnswerMetrics {
  words: number;
  sentences: number;
  /** Estimated speaking time at a calm interview pace. */
  speakingSeconds: number;
  fillers: number;
  fillersPer100Words: number;
  numbers: Evidence[];
  jobTerms: { used: { term: string; evidence: Evidence[] }[]; missed: string[] };
}

/** A trait the candidate claims and the sentence of their own story that shows it, or null. */
export interface ClaimFinding {
  claim: Evidence;
  backedBy: Evidence | null;
}

/** How the answer sounds beyond its content: irony reads as bitterness at an interview. */
export interface AnswerTone {
  sarcasm: Evidence[];
}

export interface AnswerAnalysis {
  labels: Record<AnswerLabel, LabelFinding>;
  metrics: AnswerMetrics;
  claims: ClaimFinding[];
  tone: AnswerTone;
}
