import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import { shiftedFaultCues } from '../../src/domain/coach/shifted-fault';
import type { Evidence } from '../../src/domain/coach/answer-analysis';

// Sentences written for these tests, not taken from any labelled answer.
const cues = (
  answer: string,
  question = 'Tell me about a mistake you made.',
  language: 'id' | 'en' = 'en',
) => {
  const hits = new Map<string, Evidence[]>();
  shiftedFaultCues(buildContext({ language, stage: 'hr', question, answer }), hits);
  return Object.fromEntries([...hits].map(([k, v]) => [k, v.map((e) => e.text)]));
};

describe('the own part made small', () => {
  test('"I just ran what I was given", "saya cuma eksekusi", "that\'s the process"', () => {
    expect(
      cues('The import broke the prices, but I just ran what I was given.').ownRoleShrunk,
    ).toEqual(['I just ran what I was given']);
    expect(
      cues('Saya cuma eksekusi, desainnya dari tim lain.', 'Ceritakan kesalahan Anda.', 'id')
        .ownRoleShrunk,
    ).toEqual(['Saya cuma eksekusi']);
    expect(cues("I approved it because that's the process.").ownRoleShrunk).toEqual([
      "that's the process",
    ]);
  });

  test('near-misses: a duty told plainly, "I just joined"', () => {
    expect(
      cues('I followed the checklist and found the faulty valve.').ownRoleShrunk,
    ).toBeUndefined();
    expect(
      cues('I had just joined the company when the audit began.').ownRoleShrunk,
    ).toBeUndefined();
    expect(
      cues(
        'Saya mengerjakan laporan sesuai SOP lalu mengeceknya dua kali.',
        'Ceritakan kesalahan Anda.',
        'id',
      ).ownRoleShrunk,
    ).toBeUndefined();
  });
});

describe('the fault made everyone’s, only to a question about a fault', () => {
  test('"anyone in my seat would have", "not just me", "siapa pun ... nggak akan beda"', () => {
    expect(cues('Anyone in my seat would have signed it too.').faultMadeEveryones).toBeDefined();
    expect(cues('Nobody hit those targets, not just me.').faultMadeEveryones).toContain(
      'not just me',
    );
    expect(
      cues('Siapa pun kepalanya, hasilnya nggak akan beda.', 'Kenapa proyek Anda gagal?', 'id')
        .faultMadeEveryones,
    ).toBeDefined();
  });

  test('near-miss: the same words to a question about no fault', () => {
    expect(
      cues(
        'Everyone on the floor could see the new board, so anyone would know the plan.',
        'How do you share plans with your team?',
      ).faultMadeEveryones,
    ).toBeUndefined();
  });
});

describe('a rhetorical question back, not one to clarify', () => {
  test('"would you stay ...?", "what else was I supposed to do?", "masa ...?"', () => {
    expect(
      cues('Would you stay somewhere that moves your targets every month?').askedBackRhetorically,
    ).toBeDefined();
    expect(cues('What else was I supposed to do?').askedBackRhetorically).toBeDefined();
    expect(
      cues('Masa saya harus lembur tiap hari?', 'Kenapa Anda menolak lembur?', 'id')
        .askedBackRhetorically,
    ).toBeDefined();
  });

  test('near-misses: a question to clarify, a question told in a story', () => {
    expect(
      cues('Do you mean the March launch or the June one?').askedBackRhetorically,
    ).toBeUndefined();
    expect(
      cues('The client asked what else we could offer. I sent two options.').askedBackRhetorically,
    ).toBeUndefined();
  });
});

describe('the fault owned', () => {
  test('"that was my mistake", "saya juga yang memutuskan"; not "not my fault"', () => {
    expect(cues('That was my mistake, and I fixed the template the same day.').faultOwned).toEqual([
      'my mistake',
    ]);
    expect(
      cues('Tapi saya juga yang memutuskan berangkat mepet.', 'Ceritakan kesalahan Anda.', 'id')
        .faultOwned,
    ).toBeDefined();
    expect(cues('It was not my fault at all.').faultOwned).toBeUndefined();
    expect(
      cues('Itu bukan salah saya.', 'Ceritakan kesalahan Anda.', 'id').faultOwned,
    ).toBeUndefined();
  });
});
