import { describe, expect, test } from 'vitest';
import { asksWhyLeaving } from '../../src/domain/coach/leaving-question';

describe('questions about leaving a job, known by their shape', () => {
  test('a reason asked about leaving or about seeking something new', () => {
    for (const q of [
      'Why are you looking for a new role?',
      'What made you resign?',
      'Kenapa mau pindah?',
      'Apa alasan keluar dari kantor lama?',
      'What prompted you to move on from the clinic?',
      'Apa yang bikin kamu mau cabut dari sana?',
      'Why do you want to change jobs now?',
      'Kenapa cari tempat kerja lain?',
    ]) {
      expect(asksWhyLeaving(q), q).toBe(true);
    }
  });

  test('near misses: no reason asked, no change of job, or an idiom', () => {
    for (const q of [
      'What are you looking for in your next role?',
      'Why do you want to work here?',
      'Why should we hire you?',
      'Kenapa kamu mau keluar dari zona nyaman?',
      'Tell me about a time you left a task unfinished.',
      'Apa kelebihan kamu?',
    ]) {
      expect(asksWhyLeaving(q), q).toBe(false);
    }
  });
});
