import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import { buildContext } from '../../src/domain/coach/context';
import { namesNoOwnEmployer } from '../../src/domain/coach/judged-party';

// Sentences written for these tests, not taken from any labelled answer.
const flagged = (language: 'id' | 'en', question: string, answer: string) =>
  analyzeAnswer({ language, stage: 'hr', question, answer }).labels.negativeFormer;
const noOwn = (language: 'id' | 'en', answer: string) =>
  namesNoOwnEmployer(buildContext({ language, stage: 'hr', question: 'Q?', answer }));

describe('badmouthing needs the candidate’s own employer, not a client or companies in general', () => {
  test.each([
    [
      'en',
      'Tell us about a difficult situation at work.',
      'We had a client who changed the brief every single day and never paid on time. He was honestly impossible to please. I set up a weekly call and wrote every change down, and we finished the campaign two weeks late but paid in full.',
    ],
    [
      'en',
      'Why do you want to join us?',
      'Some companies only care about numbers and treat staff like machines. I want a place that invests in people, and your training programme is why I applied.',
    ],
    [
      'id',
      'Kenapa Anda ingin bergabung dengan kami?',
      'Banyak perusahaan cuma peduli angka dan memperlakukan karyawan seperti mesin. Saya ingin tempat yang mau mengembangkan orang, dan program pelatihan di sini alasan saya melamar.',
    ],
    [
      'id',
      'Ceritakan situasi sulit di pekerjaan Anda.',
      'Ada klien yang tiap hari ganti permintaan dan selalu telat bayar. Orangnya susah banget dipuaskan. Saya bikin rapat mingguan dan semua perubahan saya catat.',
    ],
  ] as const)('%s: not flagged: %s', (language, question, answer) => {
    expect(noOwn(language, answer)).toBe(true);
    expect(flagged(language, question, answer).value).toBe(false);
  });

  test.each([
    [
      'en',
      'Why are you leaving?',
      'My manager took credit for my reports and never gave feedback.',
    ],
    [
      'en',
      'Tell us about a difficult client.',
      'The client was fine, honestly. My old boss was the problem: he promised them things and never told us, and then blamed us.',
    ],
    [
      'en',
      'Why are you leaving?',
      'Like many companies, my current one says it values people, but honestly our supervisor is rude, lazy and never pays overtime.',
    ],
    [
      'id',
      'Kenapa Anda keluar?',
      'Beda dengan perusahaan lain, kantor lama saya tidak pernah bayar lembur dan atasannya suka marah-marah di depan pelanggan.',
    ],
    ['id', 'Kenapa keluar?', 'Supervisornya galak dan sering membentak di depan pelanggan.'],
  ] as const)('%s: the own employer judged still is flagged: %s', (language, question, answer) => {
    expect(noOwn(language, answer)).toBe(false);
    expect(flagged(language, question, answer).value).toBe(true);
  });

  test('"there" as a place is the old job; "there was" is not', () => {
    expect(noOwn('en', 'Some people there cared more about titles than customers.')).toBe(false);
    expect(noOwn('en', 'There was a client who never paid on time.')).toBe(true);
  });
});
