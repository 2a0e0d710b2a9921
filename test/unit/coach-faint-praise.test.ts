import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import { buildContext } from '../../src/domain/coach/context';
import { faintPraise } from '../../src/domain/coach/faint-praise';
import { answerFeatures, isOtherParty } from '../../src/domain/coach/features';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

const clients = new Set(['client', 'clients', 'pelanggan']);
const input = (language: 'id' | 'en', answer: string) => ({
  language,
  stage: 'hr' as const,
  question: language === 'en' ? 'Why are you looking for a new role?' : 'Kenapa mau pindah?',
  answer,
});
const found = (language: 'id' | 'en', answer: string) =>
  faintPraise(buildContext(input(language, answer)), isOtherParty, (t) => clients.has(t.key)).map(
    (e) => e.text,
  );
const labels = (language: 'id' | 'en', answer: string) =>
  analyzeAnswer(input(language, answer)).labels;

describe('faint praise of a former boss, colleague or company', () => {
  test('their own way of doing things, with the party and the thing as evidence', () => {
    expect(found('en', 'Our director had her own system for approvals.')).toEqual([
      'director',
      'system',
    ]);
    expect(found('id', 'Supervisor saya dulu punya aturan sendiri soal lembur.')).toEqual([
      'Supervisor',
      'aturan sendiri',
    ]);
  });

  test('an ironic idea of something, a place "not for everyone", a word after a pause', () => {
    expect(found('en', 'The owner had a rather interesting approach to paying overtime.')).toEqual([
      'owner',
      'interesting approach',
    ]);
    expect(found('en', 'Honestly the atmosphere there was... not for everybody.')).toEqual([
      'not for everybody',
    ]);
    expect(found('id', 'Lingkungan kerjanya bukan buat semua orang, ya.')).toEqual([
      'bukan buat semua orang',
    ]);
    expect(found('id', 'Supervisor saya itu... ajaib.')).toEqual(['ajaib']);
    expect(found('id', 'Manajer saya orangnya spesial deh.')).toEqual(['spesial deh']);
  });

  test('a habit owned by the boss named just before', () => {
    expect(found('id', 'Kepala toko saya dulu tegas. Kebiasaannya ubah jadwal mendadak.')).toEqual([
      'Kebiasaannya ubah',
    ]);
  });

  test('near misses: benefit or respect after, the candidate or everyone, clients', () => {
    expect(found('en', 'My lead had his own way of coaching, which helped me a lot.')).toEqual([]);
    expect(found('en', 'I had my own system for tracking stock.')).toEqual([]);
    expect(found('en', 'Everyone there has their own way of working.')).toEqual([]);
    expect(found('en', 'The night shift is not for everyone, but I loved it.')).toEqual([]);
    // Taken over by the candidate: respect, not a jab.
    expect(
      found('en', 'My manager had an interesting approach to coaching that I still use.'),
    ).toEqual([]);
    expect(found('en', 'She had her own system for onboarding, and I copied it.')).toEqual([]);
    // Hard hours are a fair account of the job.
    expect(
      found('en', 'The hours there were not for everyone, so I moved closer to home.'),
    ).toEqual([]);
    expect(found('en', 'The clients were... creative with their briefs.')).toEqual([]);
    expect(found('id', 'Atasan saya punya cara sendiri mengajari kami, dan itu membantu.')).toEqual(
      [],
    );
    expect(found('id', 'Saya punya sistem sendiri untuk mencatat stok.')).toEqual([]);
    expect(found('id', 'Pelanggannya... unik lah, tapi saya belajar sabar.')).toEqual([]);
    // "kreatif lah" without a pause may be praise.
    expect(found('id', 'Bos saya kreatif lah, idenya banyak.')).toEqual([]);
  });

  test('the coach flags such answers as badmouthing, not as defensive', () => {
    for (const [language, answer] of [
      ['en', 'My old boss had a funny idea of deadlines. Everything was due yesterday.'],
      ['en', 'The culture there was... not for everyone.'],
      ['id', 'Atasan saya dulu orangnya... unik lah. Hobinya ganti prioritas tiap minggu.'],
      // A complaint framed as a lesson.
      ['id', 'Dari atasan saya dulu, saya belajar gimana caranya tidak memimpin tim.'],
    ] as const) {
      const l = labels(language, answer);
      expect(l.negativeFormer.value, answer).toBe(true);
      expect(l.defensive.value, answer).toBe(false);
    }
    for (const [language, answer] of [
      ['en', 'The company was restructuring and my contract ended, so I moved on.'],
      ['id', 'Kantor saya direstrukturisasi dan kontrak saya selesai, jadi saya pindah.'],
    ] as const) {
      expect(labels(language, answer).negativeFormer.value, answer).toBe(false);
    }
  });

  test('"let\'s just say communication was not their strength" is a jab, not a deflection', () => {
    const { labels } = analyzeAnswer({
      language: 'en',
      stage: 'hr',
      question: 'Why are you looking for a new role?',
      answer: "Let's just say communication was not their strength. I want a team that plans.",
    });
    expect(labels.negativeFormer.value).toBe(true);
    expect(labels.defensive.value).toBe(false);
  });
});

describe('praise after an "own way" frame is no complaint', () => {
  const criticism = (answer: string) => {
    const ctx = buildContext(input('en', answer));
    return answerFeatures(ctx, ruleLabels(ctx))
      .get('f:criticisesOthers')
      ?.evidence.map((e) => e.text);
  };

  test('"really" before a benefit praises; before a harm it still criticises', () => {
    expect(criticism('My supervisor had her own way of coaching, which really helped me.')).toBe(
      undefined,
    );
    expect(criticism('My supervisor had her own way of coaching, which really slowed us.')).toEqual(
      ['really'],
    );
  });

  test('the whole coach: mentoring that helped is not badmouthing, the veiled frame still is', () => {
    const said = (answer: string) => labels('en', answer).negativeFormer.value;
    expect(said('My manager had his own way of mentoring, which really helped me grow.')).toBe(
      false,
    );
    expect(said("My manager had his own way of doing things, let's just say.")).toBe(true);
    expect(
      said('My manager had his own way of doing things, which really slowed everyone down.'),
    ).toBe(true);
    expect(
      labels('id', 'Atasan saya punya cara sendiri dalam membimbing, yang membantu banget.')
        .negativeFormer.value,
    ).toBe(false);
  });
});
