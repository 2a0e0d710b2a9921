// Our own sentences, not from the labelled answers: a plan told instead of a lived instance
// (English theoretical), and a fault made normal, spread to everyone, a question judged or a
// duty denied (defensive), with near misses both ways.
import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import type { CueHits } from '../../src/domain/coach/general-method';
import { hypotheticalPlanCues } from '../../src/domain/coach/hypothetical-plan';
import { minimisingCues } from '../../src/domain/coach/minimising';

const cues = (
  find: (ctx: ReturnType<typeof buildContext>, hits: CueHits) => void,
  language: 'id' | 'en',
  answer: string,
) => {
  const hits: CueHits = new Map();
  find(buildContext({ language, stage: 'user', question: 'How would you do it?', answer }), hits);
  return Object.fromEntries([...hits].map(([k, v]) => [k, v.map((e) => e.text)]));
};
const plan = (answer: string) => cues(hypotheticalPlanCues, 'en', answer);
const minimising = (language: 'id' | 'en', answer: string) =>
  cues(minimisingCues, language, answer);

describe('a plan told instead of a lived instance', () => {
  test('plan heads with "would", ideals, a case answered, the generic "you" with a need', () => {
    expect(plan('My approach would be to call the supplier before the stock runs out.')).toEqual({
      hypotheticalPlan: ['approach would'],
      planNoInstance: ['approach would'],
    });
    expect(
      plan("The first thing I'd do is walk the site with the foreman.").planNoInstance,
    ).toEqual(["thing I'd"]);
    expect(plan('Ideally you want to agree the menu a week ahead.').planNoInstance).toEqual([
      'Ideally',
    ]);
    expect(
      plan('In that situation the right move is to pause the line and check the seal.')
        .planNoInstance,
    ).toEqual(['In that situation']);
    expect(
      plan('You have to read the contract twice, then you mark every date in red.').planNoInstance,
    ).toEqual(['You have']);
  });

  test('a lived instance after the plan backs it: a plan with an instance, not without', () => {
    const answer =
      'I would check the cold room first. For example, last year the compressor failed on a Sunday and I moved the fish to the bar fridges within an hour.';
    const found = plan(answer);
    expect(found.planNoInstance).toBeUndefined();
    expect(
      plan('My approach would be to ask. Last spring I asked the vet before I changed the dose.')
        .planWithInstance,
    ).toEqual(['approach would']);
    expect(found.planNoInstance).toBeUndefined();
  });

  test('a past habit with "would usually" is what one did, not a plan', () => {
    expect(plan('At my last job I would usually count the till twice before closing.')).toEqual({
      pastHabit: ['I would usually'],
    });
    expect(
      plan('When I was at the clinic, I would always phone the family after a visit.'),
    ).toEqual({
      pastHabit: ['I would always'],
    });
    // No past frame: "I would usually" is still a plan-like habit, but not a past one.
    expect(plan('I would usually start with the oldest invoices.').pastHabit).toBeUndefined();
  });

  test('a story or a question quoted has no plan', () => {
    expect(plan('Last month I rebuilt the schedule and the late deliveries stopped.')).toEqual({});
    expect(plan('Do you need to see my licence?')).toEqual({});
    expect(plan('The situation was tense, so I called my supervisor.')).toEqual({});
  });
});

describe('a fault made normal or spread, a question judged, a duty denied', () => {
  test('id: "namanya juga", "itu wajar", "cuma masalah sepele", "semua orang juga begitu"', () => {
    expect(minimising('id', 'Ya namanya juga kerja di lapangan, telat sedikit itu wajar.')).toEqual(
      {
        faultNormalised: ['namanya juga', 'wajar'],
      },
    );
    expect(minimising('id', 'Itu cuma masalah kecil, semua orang juga pernah salah.')).toEqual({
      faultNormalised: ['masalah kecil'],
      faultSpreadId: ['semua orang juga pernah'],
    });
    expect(minimising('id', 'Hal sepele begitu tidak perlu dibesar-besarkan.')).toEqual({
      faultNormalised: ['Hal sepele'],
    });
  });

  test('id near misses: a name, a filler, "luar biasa", a habit, everyone taking part', () => {
    expect(minimising('id', 'Namanya Pak Joko, beliau kepala gudang kami.')).toEqual({});
    expect(minimising('id', 'Saya pakai, apa namanya, aplikasi stok.')).toEqual({});
    expect(minimising('id', 'Hasilnya luar biasa, keluhan turun separuh.')).toEqual({});
    expect(minimising('id', 'Saya sudah biasa lembur saat akhir bulan.')).toEqual({});
    expect(minimising('id', 'Semua orang juga ikut pelatihan K3 waktu itu.')).toEqual({});
    expect(minimising('id', 'Ada masalah kecil di mesin, lalu saya perbaiki sendiri.')).toEqual({});
    expect(
      minimising('id', 'Itu memang salah saya, sejak itu saya cek ulang setiap pesanan.'),
    ).toEqual({});
  });

  test('the question judged, in both languages; a good question is not', () => {
    expect(minimising('en', "Honestly that's a strange question for a driver.")).toEqual({
      questionJudged: ['strange question'],
    });
    expect(minimising('id', 'Memangnya kenapa kalau saya pindah-pindah kerja?')).toEqual({
      questionJudged: ['Memangnya kenapa'],
    });
    expect(minimising('en', "That's a good question, let me think.")).toEqual({});
    expect(minimising('id', 'Pertanyaannya soal anggaran, jadi saya jawab dengan angka.')).toEqual(
      {},
    );
  });

  test('a duty denied; the same words about someone else or a role named are not', () => {
    expect(minimising('id', 'Itu bukan tugas saya, itu bagian gudang.')).toEqual({
      dutyDenied: ['bukan tugas saya'],
    });
    expect(minimising('en', 'Refunds were not my job, and my hands were tied anyway.')).toEqual({
      dutyDenied: ['not my job'],
    });
    expect(minimising('en', 'Budgets were above my pay grade.')).toEqual({
      dutyDenied: ['above my pay grade'],
    });
    expect(minimising('en', 'My job was to train the new cashiers.')).toEqual({});
    expect(minimising('id', 'Tugas saya mengatur jadwal sopir.')).toEqual({});
  });
});
