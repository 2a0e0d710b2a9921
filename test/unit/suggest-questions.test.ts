import { describe, expect, test } from 'vitest';
import type { FocusAttribute, InterviewStage, QuestionRole } from '../../src/domain/interview';
import { builtInQuestions } from '../../src/domain/question-bank/built-in-questions';
import {
  questionRolesForJob,
  suggestQuestions,
} from '../../src/domain/question-bank/suggest-questions';
import { builtInStageTemplates } from '../../src/domain/stage-template';

describe('questionRolesForJob', () => {
  const rolesOf = (title: string, department: string) => questionRolesForJob({ title, department });

  test.each([
    ['Content Writer', 'Digital Marketing', ['content_writer']],
    ['Backend Developer', 'Engineering', ['backend_developer']],
    ['Customer Service Officer', 'Customer Experience', ['customer_service']],
    ['Data Analyst', 'Data', ['data_analyst']],
    ['Senior Data Analyst', 'Data', ['data_analyst']],
    ['QA Engineer', 'Engineering', ['qa_engineer']],
  ] as const)('the demo job %s (%s) gets %j questions', (title, department, roles) => {
    expect(rolesOf(title, department)).toEqual(roles);
  });

  test('a QA job is not a backend job, however it is named', () => {
    for (const [title, department] of [
      ['QA Engineer', 'Engineering'],
      ['Quality Assurance Engineer', 'Engineering'],
      ['Software Engineer in Test', 'QA'],
      ['Manual Tester', 'Engineering'],
    ] as const) {
      expect(rolesOf(title, department), title).toEqual(['qa_engineer']);
    }
  });

  test('an engineer who is not in QA is a software engineer', () => {
    expect(rolesOf('Software Engineer', 'Engineering')).toEqual(['backend_developer']);
    expect(rolesOf('Back-end Programmer', 'IT')).toEqual(['backend_developer']);
  });

  test('Indonesian titles are recognised', () => {
    expect(rolesOf('Penulis Konten', 'Pemasaran')).toEqual(['content_writer']);
    expect(rolesOf('Staf Layanan Pelanggan', 'Operasional')).toEqual(['customer_service']);
    expect(rolesOf('Analis Bisnis', 'Keuangan')).toEqual(['data_analyst']);
  });

  test('matching ignores case', () => {
    expect(rolesOf('content writer', 'digital marketing')).toEqual(['content_writer']);
  });

  test('a job can fit more than one role', () => {
    expect(rolesOf('Data Engineer', 'Data Platform')).toEqual([
      'backend_developer',
      'data_analyst',
    ]);
  });

  test('a job that fits no demo role gets no role-specific questions', () => {
    expect(rolesOf('Finance Staff', 'Accounting')).toEqual([]);
  });
});

describe('suggestQuestions', () => {
  interface Q {
    id: string;
    stage: InterviewStage;
    attribute: FocusAttribute;
    roles: QuestionRole[];
  }
  const q = (
    id: string,
    stage: InterviewStage,
    attribute: FocusAttribute,
    roles: QuestionRole[] = [],
  ): Q => ({ id, stage, attribute, roles });

  const bank: Q[] = [
    q('general-skill', 'user', 'technical_skill'),
    q('general-tools', 'user', 'tool_mastery'),
    q('general-tools-2', 'user', 'tool_mastery'),
    q('general-speed', 'user', 'speed_of_work'),
    q('backend-skill', 'user', 'technical_skill', ['backend_developer']),
    q('backend-skill-2', 'user', 'technical_skill', ['backend_developer']),
    q('backend-analysis', 'user', 'problem_analysis', ['backend_developer', 'qa_engineer']),
    q('writer-skill', 'user', 'technical_skill', ['content_writer']),
    q('hr-attitude', 'hr', 'attitude'),
    q('hr-motivation', 'hr', 'motivation'),
  ];
  const userAttributes: FocusAttribute[] = [
    'technical_skill',
    'problem_analysis',
    'tool_mastery',
    'speed_of_work',
  ];

  test('role questions come first, then a general question for each attribute not yet covered', () => {
    expect(suggestQuestions(bank, 'user', userAttributes, ['backend_developer'], 10)).toEqual([
      'backend-skill',
      'backend-skill-2',
      'backend-analysis',
      'general-tools',
      'general-speed',
      'general-skill',
      'general-tools-2',
    ]);
  });

  test('with few places, role questions take half and general ones fill the attributes they miss', () => {
    expect(suggestQuestions(bank, 'user', userAttributes, ['backend_developer'], 4)).toEqual([
      'backend-skill',
      'backend-skill-2',
      'general-tools',
      'general-speed',
    ]);
  });

  test('never more than the limit', () => {
    for (const limit of [0, 1, 2, 3]) {
      expect(
        suggestQuestions(bank, 'user', userAttributes, ['backend_developer'], limit),
      ).toHaveLength(limit);
    }
  });

  test("questions of other roles are left out when the job's role has some", () => {
    const ids = suggestQuestions(bank, 'user', userAttributes, ['backend_developer'], 10);
    expect(ids).not.toContain('writer-skill');
  });

  test('a job without a role gets general questions, one per attribute first', () => {
    expect(suggestQuestions(bank, 'user', userAttributes, [], 3)).toEqual([
      'general-skill',
      'general-tools',
      'general-speed',
    ]);
  });

  test("only the stage's questions, and only for the attributes it focuses on", () => {
    expect(suggestQuestions(bank, 'hr', ['motivation'], ['backend_developer'], 10)).toEqual([
      'hr-motivation',
    ]);
    expect(suggestQuestions(bank, 'user', ['tool_mastery'], ['backend_developer'], 10)).toEqual([
      'general-tools',
      'general-tools-2',
    ]);
  });

  test('a question fitting several roles is suggested once', () => {
    const ids = suggestQuestions(
      bank,
      'user',
      userAttributes,
      ['backend_developer', 'qa_engineer'],
      10,
    );
    expect(ids.filter((id) => id === 'backend-analysis')).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe('with the built-in bank and the demo jobs', () => {
    const builtIn = builtInQuestions.map((question) => ({ ...question, id: question.key }));
    const byId = new Map(builtIn.map((question) => [question.id, question]));
    const jobs = [
      ['Content Writer', 'Digital Marketing'],
      ['Backend Developer', 'Engineering'],
      ['Customer Service Officer', 'Customer Experience'],
      ['Data Analyst', 'Data'],
      ['QA Engineer', 'Engineering'],
    ] as const;

    test.each(jobs)(
      '%s: the user interview covers every user attribute with own-role questions',
      (title, department) => {
        const roles = questionRolesForJob({ title, department });
        const { attributes } = builtInStageTemplates.user;
        const chosen = suggestQuestions(builtIn, 'user', attributes, roles, 8).map((id) =>
          byId.get(id)!,
        );
        expect(chosen).toHaveLength(8);
        expect(new Set(chosen.map((question) => question.attribute))).toEqual(new Set(attributes));
        expect(chosen[0]!.roles).toEqual(expect.arrayContaining(roles));
        for (const question of chosen) {
          expect(question.stage).toBe('user');
          expect(
            question.roles.every((role) => roles.includes(role)),
            question.key,
          ).toBe(true);
        }
      },
    );

    test('the HR interview gets six general questions on different attributes', () => {
      const { attributes } = builtInStageTemplates.hr;
      const chosen = suggestQuestions(builtIn, 'hr', attributes, ['backend_developer'], 6).map(
        (id) => byId.get(id)!,
      );
      expect(chosen).toHaveLength(6);
      expect(new Set(chosen.map((question) => question.attribute)).size).toBe(6);
      expect(
        chosen.every((question) => question.stage === 'hr' && question.roles.length === 0),
      ).toBe(true);
    });
  });
});
