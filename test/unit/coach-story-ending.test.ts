import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { storyEndingCues } from '../../src/domain/coach/story-ending';

const cues = (language: 'id' | 'en', answer: string) => {
  const hits = new Map<string, Evidence[]>();
  storyEndingCues(
    buildContext({ language, stage: 'user', question: 'Tell me about a time.', answer }),
    hits,
  );
  return Object.fromEntries([...hits].map(([name, e]) => [name, e.map((x) => x.text)]));
};

describe('how a story ends: a mood or a plan is no outcome', () => {
  test('a closing mood of the period, in en and id', () => {
    expect(
      cues('en', 'I rebuilt the roster for the warehouse. It was a really hectic month.'),
    ).toEqual({
      endsOnMood: ['It was a really hectic month'],
    });
    expect(cues('id', 'Saya menyusun ulang jadwal gudang. Bulan itu berat banget.')).toEqual({
      endsOnMood: ['Bulan itu berat banget'],
    });
  });

  test('a closing goal, plan or hope', () => {
    expect(
      cues('en', 'Stock kept running out at the depot. My goal was to fix the reorder points.'),
    ).toEqual({
      endsOnPlan: ['goal'],
    });
    expect(cues('id', 'Saya sudah ikut pelatihan gudang. Semoga bisa dipakai di sini.')).toEqual({
      endsOnPlan: ['Semoga'],
    });
  });

  test('near misses: an outcome with the mood, an outcome last, a one-sentence answer', () => {
    expect(cues('en', 'I rebuilt the roster. It was hard, but overtime fell by half.')).toEqual({});
    expect(cues('en', 'I rebuilt the roster. After that the depot never ran out again.')).toEqual(
      {},
    );
    expect(cues('en', 'It was a stressful month.')).toEqual({});
    expect(cues('en', 'I rebuilt the roster. I would say it went fine.')).toEqual({});
  });
});

describe('how a story ends: steps, a setting or a purpose are no outcome', () => {
  // Sentences written for these tests, not taken from any labelled answer.
  test('ends on one more step of the candidate, with no outcome anywhere', () => {
    expect(
      cues(
        'en',
        'Our courier van broke down before the Harbolnas peak. I hired two motorbike couriers and split the routes between them.',
      ),
    ).toEqual({ endsOnOwnStep: ['hired'] });
  });

  test('ends on a present description of the setting (English)', () => {
    expect(
      cues(
        'en',
        'Last June I took over the night shift after a spill. The depot has about 200 drivers and runs two shifts.',
      ),
    ).toEqual({ endsOnSetting: ['The depot has about 200 drivers and runs two shifts'] });
  });

  test('breaks off mid-thought', () => {
    expect(
      cues(
        'en',
        'The clinic ran out of vaccine in May. My job was to find more doses, and so we...',
      ),
    ).toEqual({ endsUnfinished: ['My job was to find more doses, and so we'] });
  });

  test('every outcome is one meant: a purpose or a goal', () => {
    expect(
      cues(
        'id',
        'Stok di gudang sering selisih. Saya menghitung ulang setiap Jumat agar selisihnya turun.',
      ),
    ).toEqual({ outcomeOnlyMeant: ['agar selisihnya turun'] });
  });

  test('near misses: an outcome told, a change that lasts, a finished answer', () => {
    expect(
      cues(
        'en',
        'Our courier van broke down. I hired two motorbike couriers, and late deliveries dropped by half.',
      ),
    ).toEqual({});
    expect(
      cues('en', 'The roster kept clashing. I set up a shared calendar. Now nobody double-books.'),
    ).toEqual({});
    expect(
      cues(
        'id',
        'Stok sering selisih. Saya menghitung ulang agar rapi. Selisihnya turun jadi nol.',
      ),
    ).toEqual({});
  });
});
