import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { answerFeatures } from '../../src/domain/coach/features';
import { justifications } from '../../src/domain/coach/justification';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

const input = (question: string, answer: string): AnswerInput => ({
  language: 'en',
  stage: 'hr',
  question,
  answer,
});
const justified = (question: string, answer: string) =>
  justifications(buildContext(input(question, answer))).map((e) => e.text);
const cue = (name: string, question: string, answer: string) => {
  const ctx = buildContext(input(question, answer));
  return answerFeatures(ctx, ruleLabels(ctx))
    .get(name)
    ?.evidence.map((e) => e.text);
};

describe('an English answer that justifies instead of answering', () => {
  test('a justifying frame, then a denial or an outside cause', () => {
    expect(
      justified('Why did the launch slip?', 'In my defence, the timeline was set before I joined.'),
    ).toEqual(['In my defence', 'timeline']);
    expect(
      justified('Why so many jobs?', 'For the record, none of those moves was my choice.'),
    ).toEqual(['For the record', 'none']);
  });

  test('a failure put on a force nobody controls, with no step of ones own', () => {
    expect(
      justified(
        'Tell me about a quarter you missed.',
        'The economy slowed down, so naturally our numbers fell. That is just how it goes.',
      ),
    ).toEqual(['economy slowed down']);
  });

  test('candour and a hard market acted on are no justification', () => {
    expect(
      justified(
        'What is your biggest weakness?',
        'Honestly, I get nervous before big meetings, so I rehearse with a colleague first.',
      ),
    ).toEqual([]);
    expect(
      justified(
        'Tell me about a quarter you missed.',
        'The market fell because of the floods, so I moved my visits online and we recovered half.',
      ),
    ).toEqual([]);
    expect(
      justified(
        'Why do you want this job?',
        'To be fair to my current team, I will stay until the audit is done.',
      ),
    ).toEqual([]);
  });

  test('nothing anyone could have done is helplessness', () => {
    const ctx = buildContext(
      input('Tell me about a failure.', 'The store closed. There was nothing anyone could do.'),
    );
    expect(ruleLabels(ctx).labels.defensive.evidence.map((e) => e.text)).toContain(
      'nothing anyone could',
    );
  });
});

describe('a method told in the present with no example of ones own', () => {
  test('ordered steps with "I" in the present are a cue, with the words', () => {
    expect(
      cue(
        'f:presentMethodNoOwnPast',
        'How do you onboard a new hire?',
        'I book a laptop a week ahead. On day one I walk them through the tools, then I pair them with a buddy.',
      ),
    ).toEqual(['I book', 'I walk', 'I pair']);
  });

  test('the same steps in a past example, or a job described, are not', () => {
    expect(
      cue(
        'f:presentMethodNoOwnPast',
        'How do you onboard a new hire?',
        'Last spring I booked a laptop a week ahead for our new analyst. I walked her through the tools, then I paired her with a buddy.',
      ),
    ).toBeUndefined();
    expect(
      cue(
        'f:presentMethodNoOwnPast',
        'Tell me about your current role.',
        'I manage two warehouses and I report to the regional director.',
      ),
    ).toBeUndefined();
  });
});
