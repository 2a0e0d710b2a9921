import { describe, expect, test } from 'vitest';
import { focusAttributes } from '../../src/domain/interview';
import { builtInStageTemplates, checkStageWeight } from '../../src/domain/stage-template';

const { hr, user } = builtInStageTemplates;

describe('builtInStageTemplates', () => {
  test('each template describes its own stage and who runs it', () => {
    expect(hr).toMatchObject({ stage: 'hr', conductedBy: 'recruiter' });
    expect(user).toMatchObject({ stage: 'user', conductedBy: 'hiring_manager' });
  });

  test("the user's verdict weighs most: 30% HR, 70% user", () => {
    expect(hr.weight).toBe(30);
    expect(user.weight).toBe(70);
    expect(hr.weight + user.weight).toBe(100);
  });

  test('the HR interview is the shorter one', () => {
    expect(hr.durationMinutes).toBe(40);
    expect(user.durationMinutes).toBe(75);
    expect(hr.durationMinutes).toBeLessThan(user.durationMinutes);
  });

  test('HR looks at character and fit', () => {
    expect(hr.attributes).toEqual([
      'attitude',
      'communication',
      'motivation',
      'culture_fit',
      'discipline',
      'adaptability',
      'emotional_stability',
      'professionalism',
    ]);
  });

  test('the user looks at the ability to do this job', () => {
    expect(user.attributes).toEqual([
      'technical_skill',
      'problem_analysis',
      'relevant_experience',
      'tool_mastery',
      'speed_of_work',
      'team_workflow_fit',
    ]);
  });

  test('the two stages split the focus attributes between them without overlap', () => {
    expect(hr.attributes.filter((a) => user.attributes.includes(a))).toEqual([]);
    expect([...hr.attributes, ...user.attributes].sort()).toEqual([...focusAttributes].sort());
  });

  test('HR asks general questions; the user asks technical ones and gives case studies', () => {
    expect(hr.formats).toEqual(expect.arrayContaining(['behavioural', 'situational']));
    expect(hr.formats).not.toContain('technical');
    expect(user.formats).toEqual(expect.arrayContaining(['technical', 'case_study']));
    expect(user.formats).not.toContain('behavioural');
  });

  test('purpose and expected style are written in Indonesian and English', () => {
    for (const template of [hr, user]) {
      for (const text of [template.purpose, template.expectedStyle]) {
        expect(text.id.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.id).not.toBe(text.en);
      }
    }
  });
});

describe('checkStageWeight', () => {
  test('0 to 100 passes; outside, the field is named with its bounds', () => {
    expect(checkStageWeight(0, 'weight')).toEqual([]);
    expect(checkStageWeight(100, 'weight')).toEqual([]);
    for (const weight of [-1, 101, 150]) {
      expect(checkStageWeight(weight, 'hr.weight')).toEqual([
        {
          path: 'hr.weight',
          code: 'out_of_range',
          message: 'Between 0 and 100.',
          params: { minimum: 0, maximum: 100 },
        },
      ]);
    }
  });
});
