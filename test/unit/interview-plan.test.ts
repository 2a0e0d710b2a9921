import { describe, expect, test } from 'vitest';
import {
  checkInterviewPlan,
  planFromTemplates,
  type InterviewPlan,
  type PlanTeam,
} from '../../src/domain/interview-plan';
import { builtInStageTemplates, type StageTemplate } from '../../src/domain/stage-template';
import type { InterviewStage } from '../../src/domain/interview';

const team: PlanTeam = {
  recruiterId: 'rina-hr',
  hiringManagerId: 'budi-lead',
  interviewerIds: ['sari-senior', 'dewi-senior'],
};
const noQuestions = { hr: [], user: [] };

describe('planFromTemplates', () => {
  test('HR runs the HR interview; the user and the interviewers form the user panel', () => {
    const plan = planFromTemplates(builtInStageTemplates, team, noQuestions);
    expect(plan.hr.interviewerIds).toEqual(['rina-hr']);
    expect(plan.user.interviewerIds).toEqual(['budi-lead', 'sari-senior', 'dewi-senior']);
  });

  test('someone listed twice sits on the user panel once', () => {
    const plan = planFromTemplates(
      builtInStageTemplates,
      { ...team, interviewerIds: ['budi-lead', 'sari-senior', 'sari-senior'] },
      noQuestions,
    );
    expect(plan.user.interviewerIds).toEqual(['budi-lead', 'sari-senior']);
  });

  test('a team without a recruiter or user yet leaves those seats empty', () => {
    const plan = planFromTemplates(
      builtInStageTemplates,
      { recruiterId: undefined, hiringManagerId: undefined, interviewerIds: ['sari-senior'] },
      noQuestions,
    );
    expect(plan.hr.interviewerIds).toEqual([]);
    expect(plan.user.interviewerIds).toEqual(['sari-senior']);
  });

  test('durations, attributes and weights come from the templates', () => {
    const templates: Record<InterviewStage, StageTemplate> = {
      hr: {
        ...builtInStageTemplates.hr,
        durationMinutes: 25,
        weight: 40,
        attributes: ['attitude'],
      },
      user: {
        ...builtInStageTemplates.user,
        durationMinutes: 120,
        weight: 60,
        attributes: ['technical_skill', 'tool_mastery'],
      },
    };
    const plan = planFromTemplates(templates, team, noQuestions);
    expect(plan.hr).toMatchObject({
      stage: 'hr',
      durationMinutes: 25,
      weight: 40,
      attributes: ['attitude'],
      brief: '',
    });
    expect(plan.user).toMatchObject({
      stage: 'user',
      durationMinutes: 120,
      weight: 60,
      attributes: ['technical_skill', 'tool_mastery'],
      brief: '',
    });
  });

  test('editing the plan does not change the templates it came from', () => {
    const plan = planFromTemplates(builtInStageTemplates, team, noQuestions);
    plan.hr.attributes.pop();
    expect(builtInStageTemplates.hr.attributes).toContain('professionalism');
  });

  test('suggested questions become bank questions of their stage, in order', () => {
    const plan = planFromTemplates(builtInStageTemplates, team, {
      hr: ['q-why-here', 'q-strengths'],
      user: ['q-server-down'],
    });
    expect(plan.hr.questions).toEqual([
      { questionId: 'q-why-here' },
      { questionId: 'q-strengths' },
    ]);
    expect(plan.user.questions).toEqual([{ questionId: 'q-server-down' }]);
  });

  test('a plan straight from the built-in templates passes its own check', () => {
    const plan = planFromTemplates(builtInStageTemplates, team, { hr: ['q1'], user: ['q2'] });
    expect(
      checkInterviewPlan(plan, {
        teamMemberIds: new Set(['rina-hr', 'budi-lead', 'sari-senior', 'dewi-senior']),
        knownQuestionIds: new Set(['q1', 'q2']),
      }),
    ).toEqual([]);
  });
});

describe('checkInterviewPlan', () => {
  const context = {
    teamMemberIds: new Set(['rina-hr', 'budi-lead', 'sari-senior']),
    knownQuestionIds: new Set(['q-why-here', 'q-server-down']),
  };

  const valid = (): InterviewPlan => ({
    hr: {
      stage: 'hr',
      interviewerIds: ['rina-hr'],
      durationMinutes: 40,
      attributes: ['attitude', 'motivation'],
      questions: [{ questionId: 'q-why-here' }, { text: 'Why this city?' }],
      brief: '',
      weight: 30,
    },
    user: {
      stage: 'user',
      interviewerIds: ['budi-lead', 'sari-senior'],
      durationMinutes: 75,
      attributes: ['technical_skill'],
      questions: [{ questionId: 'q-server-down' }],
      brief: 'Design the order API.',
      weight: 70,
    },
  });

  const problemsOf = (edit: (plan: InterviewPlan) => void) => {
    const plan = valid();
    edit(plan);
    return Object.fromEntries(checkInterviewPlan(plan, context).map((p) => [p.path, p.code]));
  };

  test('a sound plan has no problems', () => {
    expect(problemsOf(() => {})).toEqual({});
  });

  test('an interviewer who is not on the hiring team is named by position', () => {
    expect(
      problemsOf((plan) => {
        plan.hr.interviewerIds = ['outsider'];
        plan.user.interviewerIds = ['budi-lead', 'stranger'];
      }),
    ).toEqual({
      'hr.interviewerIds.0': 'not_on_team',
      'user.interviewerIds.1': 'not_on_team',
    });
  });

  test('each interview needs at least one interviewer', () => {
    expect(problemsOf((plan) => (plan.user.interviewerIds = []))).toEqual({
      'user.interviewerIds': 'required',
    });
  });

  test('a bank question that does not exist is refused; questions written for the job are fine', () => {
    expect(
      problemsOf((plan) => {
        plan.user.questions = [
          { text: 'Walk us through your last outage' },
          { questionId: 'gone' },
        ];
      }),
    ).toEqual({ 'user.questions.1.questionId': 'unknown_question' });
  });

  test('each stage needs at least one focus attribute, each listed once', () => {
    expect(
      problemsOf((plan) => {
        plan.hr.attributes = [];
        plan.user.attributes = ['technical_skill', 'tool_mastery', 'technical_skill'];
      }),
    ).toEqual({ 'hr.attributes': 'required', 'user.attributes.2': 'duplicate' });
  });

  test('an interview lasts between 10 and 240 minutes', () => {
    const durationProblem = (minutes: number) =>
      problemsOf((plan) => (plan.hr.durationMinutes = minutes))['hr.durationMinutes'];
    expect(durationProblem(9)).toBe('out_of_range');
    expect(durationProblem(10)).toBeUndefined();
    expect(durationProblem(240)).toBeUndefined();
    expect(durationProblem(241)).toBe('out_of_range');
  });

  test('the two weights must add up to 100, reported on the user weight', () => {
    expect(problemsOf((plan) => (plan.user.weight = 60))).toEqual({ 'user.weight': 'weights_sum' });
    expect(
      problemsOf((plan) => {
        plan.hr.weight = 20;
        plan.user.weight = 80;
      }),
    ).toEqual({});
  });

  test('all problems of both stages are reported together', () => {
    expect(
      problemsOf((plan) => {
        plan.hr.interviewerIds = [];
        plan.hr.durationMinutes = 5;
        plan.user.questions = [{ questionId: 'gone' }];
        plan.user.weight = 80;
      }),
    ).toEqual({
      'hr.durationMinutes': 'out_of_range',
      'hr.interviewerIds': 'required',
      'user.questions.0.questionId': 'unknown_question',
      'user.weight': 'weights_sum',
    });
  });
});
