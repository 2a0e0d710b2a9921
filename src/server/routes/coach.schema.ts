import { z } from 'zod';
import { locales } from '../../domain/locale';
import { answerLabels } from '../../domain/coach/answer-analysis';
import { feedbackCodes, summaryCodes } from '../../domain/coach/feedback';
import { idSchema, text } from './common.schema';
import { bilingual, focusAttributeSchema, interviewStageSchema } from './interviews.schema';
import { questionTypes } from '../../domain/interview';

export const practiceLanguage = z.enum(locales);

export const analyzeInput = z.object({
  language: practiceLanguage,
  stage: interviewStageSchema,
  question: text(1000).default(''),
  answer: text(10_000, 1),
  jobTerms: z.array(text(60, 1)).max(50).default([]),
});
export type AnalyzeInput = z.input<typeof analyzeInput>;

const evidence = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });
const finding = z.object({ value: z.boolean(), evidence: z.array(evidence) });

export const answerAnalysis = z.object({
  labels: z.object(
    Object.fromEntries(answerLabels.map((label) => [label, finding])) as Record<
      (typeof answerLabels)[number],
      typeof finding
    >,
  ),
  metrics: z.object({
    words: z.number().int(),
    sentences: z.number().int(),
    speakingSeconds: z.number(),
    fillers: z.number().int(),
    fillersPer100Words: z.number(),
    numbers: z.array(evidence),
    jobTerms: z.object({
      used: z.array(z.object({ term: z.string(), evidence: z.array(evidence) })),
      missed: z.array(z.string()),
    }),
  }),
  claims: z.array(z.object({ claim: evidence, backedBy: evidence.nullable() })),
  tone: z.object({ sarcasm: z.array(evidence) }),
});

const feedbackPoint = z.object({
  code: z.enum(feedbackCodes),
  evidence: z.array(evidence),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const analyzeResult = z.object({
  analysis: answerAnalysis,
  feedback: z.object({
    summary: z.enum(summaryCodes),
    strengths: z.array(feedbackPoint),
    improvements: z.array(feedbackPoint),
  }),
});
export type AnalyzeResult = z.infer<typeof analyzeResult>;

export const practiceJobs = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      department: z.string(),
      terms: z.array(z.string()),
    }),
  ),
});
export type PracticeJobs = z.infer<typeof practiceJobs>;

export const practiceQuestionsQuery = z.object({
  stage: interviewStageSchema,
  jobId: idSchema.optional(),
});
export const practiceQuestions = z.object({
  items: z.array(
    z.object({
      id: idSchema.nullable().describe('The bank question; null for one written from the job'),
      text: bilingual,
      attribute: focusAttributeSchema,
      type: z.enum(questionTypes),
      jobTerms: z
        .array(z.string())
        .describe("The job's key terms the question was written from; empty for bank questions"),
    }),
  ),
});
export type PracticeQuestions = z.infer<typeof practiceQuestions>;
