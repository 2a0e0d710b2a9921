import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { isOtherParty } from '../../src/domain/coach/features';
import { mockeryCues } from '../../src/domain/coach/mockery';

// Sentences written for these tests, not taken from any labelled answer.
const cues = (language: 'id' | 'en', answer: string) => {
  const hits = new Map<string, Evidence[]>();
  mockeryCues(
    buildContext({ language, stage: 'hr', question: 'Tell me about your last boss.', answer }),
    isOtherParty,
    hits,
  );
  return Object.fromEntries([...hits].map(([name, e]) => [name, e.map((x) => x.text)]));
};

describe('criticism of someone at work told as a joke or bluntly', () => {
  test('a talent, a hobby or an idea of something whose content is a failing', () => {
    expect(cues('en', 'Our director had a real talent for losing signed contracts.')).toEqual({
      mockingSkill: ['talent for losing'],
    });
    expect(cues('en', "The owner's idea of a marketing plan was hoping for good reviews.")).toEqual(
      { mockingSkill: ['idea of a marketing plan was hoping'] },
    );
    expect(cues('id', 'Manajer kami itu jago banget menunda tanda tangan.')).toEqual({
      mockingSkill: ['jago banget menunda'],
    });
    expect(cues('id', 'Supervisor saya baik. Hobinya marah-marah di grup tiap Senin.')).toEqual({
      mockingSkill: ['Hobinya marah-marah'],
    });
  });

  test('praise taken back by a whim', () => {
    expect(cues('en', 'My team lead was helpful, when he felt like it.')).toEqual({
      grudgingCondition: ['when he felt'],
    });
    expect(cues('id', 'Atasan saya sebenarnya ramah kok... kalau lagi mood.')).toEqual({
      grudgingCondition: ['kalau lagi mood'],
    });
  });

  test('blame put bluntly on someone else', () => {
    expect(cues('en', 'My coordinator dumped the whole audit on us and went on leave.')).toEqual({
      blameOnOthers: ['dumped the whole audit on'],
    });
    expect(cues('en', 'Honestly, the planners at my old site were the problem.')).toEqual({
      blameOnOthers: ['were the problem'],
    });
    expect(cues('id', 'Manajer saya suka menyalahkan staf kalau target meleset.')).toEqual({
      blameOnOthers: ['menyalahkan'],
    });
  });

  test('near misses: a real skill, the candidate’s own habit or fault, fair words, things', () => {
    expect(cues('en', 'My mentor had a talent for explaining hard rules simply.')).toEqual({});
    expect(cues('id', 'Bos saya jago negosiasi dengan pemasok, saya banyak belajar.')).toEqual({});
    expect(cues('en', 'I had a habit of delaying my replies, so I set reminders.')).toEqual({});
    expect(cues('id', 'Hobi saya memasak dan lari pagi.')).toEqual({});
    expect(cues('en', 'I was the problem: I ignored the checklist that week.')).toEqual({});
    expect(cues('en', 'The printer was the problem, so I replaced the drum.')).toEqual({});
    expect(cues('id', 'Atasan saya tegas tapi adil, dan selalu menjelaskan alasannya.')).toEqual(
      {},
    );
    expect(cues('en', 'I would finish the report early if I remembered to plan.')).toEqual({});
  });
});
