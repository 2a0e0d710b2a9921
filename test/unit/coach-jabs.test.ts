import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { isOtherParty } from '../../src/domain/coach/features';
import { jabCues } from '../../src/domain/coach/jabs';

// Sentences written for these tests, not taken from any labelled answer.
const cues = (language: 'id' | 'en', answer: string) => {
  const hits = new Map<string, Evidence[]>();
  jabCues(
    buildContext({ language, stage: 'user', question: 'Tell me about a project.', answer }),
    isOtherParty,
    hits,
  );
  return Object.fromEntries([...hits].map(([name, e]) => [name, e.map((x) => x.text)]));
};

describe('jabs at someone at work inside a fair answer', () => {
  test('blame by a counterfactual, but not credit given by one', () => {
    expect(cues('en', 'If the team had read the spec, we would have shipped on time.')).toEqual({
      counterfactualBlame: ['If the team had read'],
    });
    expect(cues('id', 'Seandainya manajemen mau mendengar, proyek itu tidak akan gagal.')).toEqual({
      counterfactualBlame: ['Seandainya manajemen mau mendengar'],
    });
    expect(cues('en', 'If my manager had not supported me, I would have quit.')).toEqual({});
    expect(cues('en', 'If I had checked the logs earlier, we would have caught it.')).toEqual({});
    expect(cues('en', 'If customers had waited longer, we would have lost them.')).toEqual({});
  });

  test('an ironic aside that closes a clause about someone else', () => {
    expect(cues('en', 'The numbers improved and my director presented them, of course.')).toEqual({
      ironicAside: ['of course'],
    });
    expect(cues('en', 'Our accountant, bless her, filed the wrong form twice.')).toEqual({
      ironicAside: ['bless her'],
    });
    expect(cues('id', 'Laporannya telat lagi dan atasan saya diam saja, seperti biasa.')).toEqual({
      ironicAside: ['seperti biasa'],
    });
    expect(cues('en', 'Of course, I told my manager before I changed anything.')).toEqual({});
    expect(cues('en', 'I updated the roster and checked it twice, as usual.')).toEqual({});
  });

  test("an ironic manner word on their doing, not on the candidate's", () => {
    expect(cues('en', 'My supervisor somehow always left before the audit started.')).toEqual({
      ironicManner: ['somehow always'],
    });
    expect(cues('en', 'Somehow we still finished the migration by Friday.')).toEqual({});
  });

  test('praise hedged or undercut, but not sincere praise', () => {
    expect(
      cues('en', 'Our lead developer, who I am sure is brilliant, never wrote anything down.'),
    ).toEqual({
      hedgedPraise: ['sure is brilliant'],
    });
    expect(
      cues('en', 'The lead was a genius, because nobody else could follow his scripts.'),
    ).toEqual({
      hedgedPraise: ['genius, because nobody'],
    });
    expect(
      cues('en', 'My manager was brilliant because she always explained the reasons.'),
    ).toEqual({});
  });

  test('praise after a pause about someone named before it', () => {
    expect(cues('en', 'My old director was... lovely. Then I rebuilt the budget.')).toEqual({
      pausedPraise: ['was... lovely'],
    });
    expect(cues('en', 'My old director was... lovely, she taught me how to budget.')).toEqual({});
  });

  test('credit or advantage taken by someone else, not given or taken by the candidate', () => {
    expect(cues('en', 'The plan worked and my team lead took all the credit for it.')).toEqual({
      creditTaken: ['took all the credit'],
    });
    expect(cues('id', 'Ide itu dari saya, tapi atasan saya yang mengklaim hasilnya.')).toEqual({
      creditTaken: ['mengklaim hasilnya'],
    });
    expect(cues('en', 'My manager gave me the credit in front of the board.')).toEqual({});
    expect(cues('en', 'I took the credit for the fix, which I now regret.')).toEqual({});
  });

  test('attention elsewhere, said of someone else', () => {
    expect(cues('en', 'The owner was more interested in his car than in the payroll.')).toEqual({
      attentionElsewhere: ['more interested in his car than'],
    });
    expect(cues('id', 'Manajer saya lebih sibuk rapat daripada membaca laporan.')).toEqual({
      attentionElsewhere: ['lebih sibuk rapat daripada'],
    });
    expect(cues('en', 'I was more interested in design than in sales at the time.')).toEqual({});
  });
});
