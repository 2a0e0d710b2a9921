import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { isOtherParty } from '../../src/domain/coach/features';
import { harmCues } from '../../src/domain/coach/harm-narration';

// Sentences written for these tests, not taken from any labelled answer.
const cues = (language: 'id' | 'en', answer: string) => {
  const hits = new Map<string, Evidence[]>();
  harmCues(
    buildContext({ language, stage: 'hr', question: 'Why did you leave?', answer }),
    isOtherParty,
    hits,
  );
  return Object.fromEntries([...hits].map(([name, e]) => [name, e.map((x) => x.text)]));
};

describe('badmouthing told as a plain account of what they did', () => {
  test('harm done by someone at work, with the words about them as evidence', () => {
    expect(cues('en', 'My supervisor dumped the weekend shifts on the new hires.')).toEqual({
      harmByOthers: ['supervisor', 'dumped'],
    });
    expect(cues('en', 'They never paid the overtime we logged.')).toEqual({
      harmByOthers: ['They', 'never paid'],
    });
    expect(
      cues(
        'en',
        'The senior partner put his signature on the associates’ memos; mine was never there.',
      ),
    ).toEqual({ harmByOthers: ['his', 'signature'] });
    expect(cues('id', 'Atasan saya dulu suka mengklaim hasil kerja tim di rapat direksi.')).toEqual(
      {
        harmByOthers: ['Atasan', 'mengklaim'],
      },
    );
    expect(cues('id', 'Lembur kami tidak pernah dibayar oleh perusahaan.')).toEqual({
      harmByOthers: ['perusahaan', 'tidak pernah dibayar'],
    });
    expect(cues('id', 'Bos saya memutuskan sendiri lewat chat jam dua belas malam.')).toEqual({
      harmByOthers: ['Bos', 'memutuskan'],
    });
  });

  test('the same acts told fairly, by the candidate, or by a client are no jab', () => {
    expect(
      cues(
        'en',
        'My manager presented my analysis to the board and named me, which I appreciated.',
      ),
    ).toEqual({});
    expect(
      cues('en', 'I owned it: I skipped the second check, and my lead helped me fix it.'),
    ).toEqual({});
    expect(
      cues('en', 'The client cancelled my visit because of the flood, so I moved it online.'),
    ).toEqual({});
    expect(
      cues('id', 'Klien membatalkan jadwal saya, jadi saya atur ulang minggu depannya.'),
    ).toEqual({});
    expect(
      cues('en', 'My former boss decided quickly and explained why, which taught me a lot.'),
    ).toEqual({});
  });

  test('surprise and irony about them', () => {
    expect(
      cues(
        'en',
        'My old boss set deadlines by text at night, then was surprised by the conflicts he created himself.',
      ),
    ).toEqual({ ironicSurprise: ['created himself'] });
    expect(
      cues(
        'en',
        'There was no training budget, which was convenient, since there was no training plan either.',
      ),
    ).toEqual({ ironicSurprise: ['convenient, since there was no'] });
    expect(cues('en', 'I was surprised how quickly I picked up the new system.')).toEqual({});
  });

  test('a deferral that never ends, but not a note the candidate keeps', () => {
    expect(
      cues('en', 'I raised the rota problem twice; it has been "noted" for a year and a half.'),
    ).toEqual({
      notedDeferral: ['noted'],
    });
    expect(cues('id', 'Usulan saya sudah dicatat, tapi sampai sekarang belum ada kabar.')).toEqual({
      notedDeferral: ['dicatat'],
    });
    expect(cues('en', 'I noted the figures in the log every shift.')).toEqual({});
    expect(
      cues('id', 'Saya mencatat semua keluhan pelanggan dan melaporkannya tiap minggu.'),
    ).toEqual({});
  });

  test('praise in scare quotes, but not praise said plainly', () => {
    expect(cues('en', 'The founder was very "visionary", let\'s say.')).toEqual({
      scareQuotedPraise: ['"visionary"'],
    });
    expect(cues('id', 'Budayanya "kekeluargaan" sekali, katanya.')).toEqual({
      scareQuotedPraise: ['"kekeluargaan"'],
    });
    expect(
      cues('id', 'Atasan saya dulu sangat visioner dan selalu menjelaskan alasannya.'),
    ).toEqual({});
    expect(cues('en', "My team lead's feedback didn't sting; it was flexible and kind.")).toEqual(
      {},
    );
  });

  test('my work against theirs, and a dismissal said of everyone', () => {
    expect(
      cues('en', 'I built the entire forecast model, while my manager just forwarded it upstairs.'),
    ).toEqual({
      contrastWithThem: ['manager just'],
    });
    expect(
      cues('id', 'Saya yang menyusun semua laporan, sementara dia cuma tanda tangan.'),
    ).toEqual({
      contrastWithThem: ['dia cuma'],
    });
    expect(
      cues('en', 'I wrote the draft while my manager reviewed every section with me.'),
    ).toEqual({});
    expect(cues('en', 'He said the same thing about anyone who asked for a day off.')).toEqual({
      dismissesAnyone: ['said the same thing about anyone'],
    });
    expect(cues('en', 'I said that anyone could ask me for help with the scanner.')).toEqual({});
  });
});

describe('a quote of theirs glossed to undercut it', () => {
  test('needs someone at work and a gloss after the quote', () => {
    expect(
      cues(
        'en',
        "Our head of sales called the Saturday shift 'optional', which in practice meant no one could refuse.",
      ),
    ).toEqual({ quoteUndercut: ["'optional'", 'practice'] });
    expect(
      cues(
        'id',
        "Direktur bilang shift malam itu 'sukarela', padahal namanya ada di jadwal wajib.",
      ),
    ).toEqual({ quoteUndercut: ["'sukarela'", 'padahal'] });
    expect(
      cues(
        'en',
        "I called the checklist 'the morning five', meaning the five checks before opening.",
      ),
    ).toEqual({});
    expect(cues('en', "My manager called it 'a stretch goal' and helped me plan it.")).toEqual({});
  });

  test('blaming is not a mistake, and a decision is not deciding alone', () => {
    expect(cues('id', 'Kepala gudang selalu menyalahkan anak shift malam.')).toEqual({
      harmByOthers: ['Kepala', 'menyalahkan'],
    });
    expect(cues('id', 'Dokternya salah baca hasil lab, lalu saya konfirmasi ulang.')).toEqual({});
    expect(cues('id', 'Keputusan divisi sendiri sudah jelas sejak awal.')).toEqual({});
  });
});
