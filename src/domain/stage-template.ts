import {
  stageFocusAttributes,
  type Bilingual,
  type FocusAttribute,
  type InterviewStage,
  type QuestionType,
} from './interview';
import type { FieldProblem } from './result';

/** Who runs an interview stage: the job's recruiter or its hiring manager. */
export const conductors = ['recruiter', 'hiring_manager'] as const;
export type Conductor = (typeof conductors)[number];

/** What an interview stage is for, who runs it and how it is scored, before any job adapts it. */
export interface StageTemplate {
  stage: InterviewStage;
  conductedBy: Conductor;
  purpose: Bilingual;
  /** The communication style interviewers expect from the candidate. */
  expectedStyle: Bilingual;
  formats: QuestionType[];
  attributes: FocusAttribute[];
  durationMinutes: number;
  /** Share of the final decision, in percent; the two stages add up to 100. */
  weight: number;
}

export const builtInStageTemplates: Record<InterviewStage, StageTemplate> = {
  hr: {
    stage: 'hr',
    conductedBy: 'recruiter',
    purpose: {
      id: 'Menilai karakter, sikap, motivasi, kesiapan mental, dan kecocokan dengan budaya perusahaan. Tahap ini adalah gerbang awal sebelum kandidat bertemu user.',
      en: "Assess character, attitude, motivation, psychological readiness and fit with the company's culture. This stage is the early gate before the candidate meets the user.",
    },
    expectedStyle: {
      id: 'Sopan, positif, tenang, dan percaya diri tanpa berlebihan.',
      en: 'Polite, positive, calm and confident without overdoing it.',
    },
    formats: ['behavioural', 'situational', 'cv_clarification', 'motivation'],
    attributes: [...stageFocusAttributes.hr],
    durationMinutes: 40,
    weight: 30,
  },
  user: {
    stage: 'user',
    conductedBy: 'hiring_manager',
    purpose: {
      id: 'Menguji kemampuan teknis, pengalaman yang relevan, kesiapan menjalankan pekerjaan ini, dan kecocokan dengan cara serta ritme kerja tim. Penilaian user menjadi penentu utama.',
      en: "Test technical skill, relevant experience, readiness to do this job, and fit with the team's way and pace of work. The user's verdict is the main decider.",
    },
    expectedStyle: {
      id: 'Profesional, mampu berargumen, berdiskusi teknis, dan menawarkan solusi.',
      en: 'Professional, able to argue a point, discuss technically and propose solutions.',
    },
    formats: ['technical', 'case_study', 'work_simulation', 'open', 'product_insight'],
    attributes: [...stageFocusAttributes.user],
    durationMinutes: 75,
    weight: 70,
  },
};

/** A stage's share of the decision, in percent. */
export const stageWeightRange = { minimum: 0, maximum: 100 } as const;

/**
 * The weight rule, for the admin's stage templates and a job's interview plan alike: a weight of
 * 150 is named on its field with its bounds, which the form shows as "Between 0 and 100".
 */
export function checkStageWeight(weight: number, path: string): FieldProblem[] {
  const { minimum, maximum } = stageWeightRange;
  if (weight >= minimum && weight <= maximum) return [];
  return [
    {
      path,
      code: 'out_of_range',
      message: `Between ${minimum} and ${maximum}.`,
      params: { minimum, maximum },
    },
  ];
}

/** Shared checks for a stage's attributes and duration, used by templates and job plans. */
export function checkStageShape(
  shape: { attributes: readonly string[]; durationMinutes: number },
  prefix: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (shape.attributes.length === 0) {
    problems.push({
      path: `${prefix}attributes`,
      code: 'required',
      message: 'Choose at least one focus attribute.',
    });
  }
  const seen = new Set<string>();
  shape.attributes.forEach((attribute, index) => {
    if (seen.has(attribute)) {
      problems.push({
        path: `${prefix}attributes.${index}`,
        code: 'duplicate',
        message: 'This attribute is listed twice.',
      });
    }
    seen.add(attribute);
  });
  if (shape.durationMinutes < 10 || shape.durationMinutes > 240) {
    problems.push({
      path: `${prefix}durationMinutes`,
      code: 'out_of_range',
      message: 'Between 10 and 240 minutes.',
      params: { minimum: 10, maximum: 240 },
    });
  }
  return problems;
}
