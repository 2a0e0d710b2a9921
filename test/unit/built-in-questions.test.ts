import { describe, expect, test } from 'vitest';
import {
  focusAttributes,
  questionRoles,
  questionTypes,
  type FocusAttribute,
} from '../../src/domain/interview';
import { builtInQuestions } from '../../src/domain/question-bank/built-in-questions';
import { builtInStageTemplates } from '../../src/domain/stage-template';

const ofStage = (stage: 'hr' | 'user') => builtInQuestions.filter((q) => q.stage === stage);

describe('builtInQuestions', () => {
  test('the bank is big enough to build both interviews from', () => {
    expect(builtInQuestions.length).toBeGreaterThanOrEqual(60);
    expect(ofStage('hr').length).toBeGreaterThan(0);
    expect(ofStage('user').length).toBeGreaterThan(0);
  });

  test('keys are unique, so a re-seed never duplicates a question', () => {
    const keys = builtInQuestions.map((q) => q.key);
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(repeated).toEqual([]);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every question asks about an attribute its own stage focuses on', () => {
    for (const q of builtInQuestions) {
      const stageAttributes: readonly FocusAttribute[] = builtInStageTemplates[q.stage].attributes;
      expect(stageAttributes, q.key).toContain(q.attribute);
      expect(focusAttributes).toContain(q.attribute);
      expect(questionTypes).toContain(q.type);
    }
  });

  test.each(builtInStageTemplates.hr.attributes)(
    'HR attribute %s has at least three questions to choose from',
    (attribute) => {
      expect(ofStage('hr').filter((q) => q.attribute === attribute).length).toBeGreaterThanOrEqual(
        3,
      );
    },
  );

  test('HR questions are general: none is tied to a role', () => {
    expect(
      ofStage('hr')
        .filter((q) => q.roles.length > 0)
        .map((q) => q.key),
    ).toEqual([]);
  });

  test.each(questionRoles)('the demo role %s has its own user-interview questions', (role) => {
    expect(ofStage('user').filter((q) => q.roles.includes(role)).length).toBeGreaterThanOrEqual(3);
  });

  test('every question, good answer and red flag is written in Indonesian and English', () => {
    for (const q of builtInQuestions) {
      for (const [field, text] of Object.entries({
        text: q.text,
        goodAnswer: q.goodAnswer,
        redFlags: q.redFlags,
      })) {
        expect(text.id.trim(), `${q.key} ${field}.id`).not.toBe('');
        expect(text.en.trim(), `${q.key} ${field}.en`).not.toBe('');
        expect(text.id, `${q.key} ${field} is translated`).not.toBe(text.en);
      }
    }
  });

  test('no two questions ask the same thing', () => {
    const texts = builtInQuestions.map((q) => q.text.en.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
