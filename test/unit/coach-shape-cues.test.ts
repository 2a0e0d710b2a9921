// Sentence-shape cues for theoretical, defensive and badmouthing answers (general-method.ts,
// excuses.ts, disparagement.ts), on sentences written for these tests, near misses both ways.
import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { disparagementCues } from '../../src/domain/coach/disparagement';
import { excuseCues } from '../../src/domain/coach/excuses';
import { isThirdParty } from '../../src/domain/coach/features';
import { generalMethodCues } from '../../src/domain/coach/general-method';
import { isOther } from '../../src/domain/coach/structure-cues';
import type { Evidence } from '../../src/domain/coach/answer-analysis';

type Finder = 'general' | 'excuses' | 'disparagement';

const cues = (answer: string, language: 'id' | 'en', finder: Finder) => {
  const input: AnswerInput = { language, stage: 'hr', question: 'Tell me about it.', answer };
  const ctx = buildContext(input);
  const hits = new Map<string, Evidence[]>();
  if (finder === 'general') generalMethodCues(ctx, hits);
  if (finder === 'excuses') excuseCues(ctx, (t) => isOther(t, isThirdParty), hits);
  if (finder === 'disparagement') disparagementCues(ctx, (t) => isOther(t, isThirdParty), hits);
  return Object.fromEntries([...hits].map(([name, ev]) => [name, ev.map((e) => e.text)]));
};
const general = (a: string, l: 'id' | 'en') => cues(a, l, 'general');
const excuses = (a: string, l: 'id' | 'en') => cues(a, l, 'excuses');
const disparages = (a: string, l: 'id' | 'en') => cues(a, l, 'disparagement');

describe('a general method with no own example', () => {
  test('a rule with a generic subject, or a method told as a definition', () => {
    expect(
      general('A good pharmacist should double-check every dose. Labels matter.', 'en'),
    ).toEqual({
      genericRule: ['A good pharmacist should'],
      generalNoOwnPast: ['A good pharmacist should'],
    });
    expect(general('My approach is to map the stakeholders before anything else.', 'en')).toEqual({
      genericRule: ['approach is'],
      generalNoOwnPast: ['approach is'],
    });
    expect(
      general('Honestly the trick is to batch the small orders.', 'en').generalNoOwnPast,
    ).toEqual(['trick is']);
    expect(general('Seorang kasir harus menghitung laci dua kali.', 'id').generalNoOwnPast).toEqual(
      ['Seorang kasir harus'],
    );
  });

  test('a habit in the present, the candidate as subject', () => {
    expect(
      general('Usually I start by sorting the tickets by age, then I call the oldest.', 'en'),
    ).toEqual({
      presentHabit: ['Usually I'],
      generalNoOwnPast: ['Usually I'],
      // Ordered steps of one's own in the present: a method (general-method.ts).
      presentMethodNoOwnPast: ['I start', 'I call'],
    });
    expect(general('Biasanya saya cek stok dulu sebelum buka toko.', 'id').presentHabit).toEqual([
      'Biasanya saya',
    ]);
  });

  test('near miss: a rule and then an own past example is not theory alone', () => {
    const found = general(
      'A good pharmacist should double-check every dose. Last spring I caught a tenfold error because I rechecked it.',
      'en',
    );
    expect(found.genericRule).toEqual(['A good pharmacist should']);
    expect(found.generalNoOwnPast).toBeUndefined();
    expect(
      general('Kuncinya adalah sabar. Tahun lalu saya menangani pelanggan yang marah besar.', 'id')
        .generalNoOwnPast,
    ).toBeUndefined();
    // "I then rewrote": a word between the candidate and the past verb is still a story.
    expect(
      general('The key is to listen. So I then rewrote the brief with them.', 'en')
        .generalNoOwnPast,
    ).toBeUndefined();
  });

  test('near miss: a story in the past with a habit in it, or a plan with "will"', () => {
    expect(general('I always checked the seals, so I noticed the leak first.', 'en')).toEqual({});
    expect(general('A new cashier will start on Monday and I trained her myself.', 'en')).toEqual(
      {},
    );
  });
});

describe('defensive shapes', () => {
  test('one’s own part denied, the candidate at the end of it', () => {
    expect(excuses('Selisih stoknya besar, tapi itu bukan cerminan kerja saya.', 'id')).toEqual({
      ownPartDenied: ['bukan cerminan kerja saya'],
    });
    expect(excuses('Yang telat itu tim gudang, bukan gue.', 'id')).toEqual({
      ownPartDenied: ['bukan gue'],
    });
    expect(excuses('The delay was not on my end.', 'en')).toEqual({
      ownPartDenied: ['not on my end'],
    });
  });

  test('near misses: credit shared, a preference, someone else cleared', () => {
    expect(excuses('Keberhasilan itu bukan karena saya saja, timnya hebat.', 'id')).toEqual({});
    expect(excuses('Night shifts are not for me any more, I have a baby.', 'en')).toEqual({});
    expect(
      excuses('Itu salah saya, bukan salah dia, jadi saya minta maaf ke klien.', 'id'),
    ).toEqual({});
  });

  test('the outcome put out of reach, the topic waved away', () => {
    expect(
      excuses('Angka bulan itu turun karena hujan terus, di luar kendali saya.', 'id'),
    ).toEqual({
      outOfReach: ['luar kendali'],
    });
    expect(excuses('Skor psikotes itu nggak ada hubungannya sama kerja saya.', 'id')).toEqual({
      outOfReach: ['nggak ada hubungannya'],
    });
    expect(excuses('Soal itu nggak perlu dibahas panjang di sini, Bu.', 'id')).toEqual({
      topicWavedAway: ['nggak perlu dibahas'],
    });
    expect(excuses('Ngapain juga diungkit lagi, kan sudah lewat.', 'id')).toEqual({
      topicWavedAway: ['Ngapain juga diungkit'],
    });
    expect(excuses('Honestly there is no need to explain a gap year.', 'en')).toEqual({
      topicWavedAway: ['no need to explain'],
    });
  });

  test('near misses: an unclear instruction, a question explained, a delay explained', () => {
    expect(excuses('Saya tanya ke supervisor kenapa instruksinya tidak jelas.', 'id')).toEqual({});
    expect(
      excuses('Saya jelaskan ke pelanggan kenapa paketnya telat, lalu saya kirim ulang.', 'id'),
    ).toEqual({});
  });

  test('no weakness, against a weakness admitted', () => {
    expect(excuses('Kekurangan rasanya nggak ada, Bu.', 'id')).toEqual({
      noWeakness: ['Kekurangan rasanya nggak ada'],
    });
    expect(excuses('Kelemahan? Nggak ada sih.', 'id')).toEqual({
      noWeakness: ['Kelemahan? Nggak ada'],
    });
    expect(
      excuses('Saya rasa tidak ada yang perlu diperbaiki dari cara kerja saya.', 'id'),
    ).toEqual({
      noWeakness: ['tidak ada yang perlu diperbaiki'],
    });
    expect(
      excuses(
        'Kelemahan saya, saya tidak ada pengalaman memimpin tim, jadi saya ikut pelatihan.',
        'id',
      ),
    ).toEqual({});
    expect(
      excuses('Saya akui saya kurang sabar, jadi sekarang saya latihan menunda balasan.', 'id'),
    ).toEqual({});
  });
});

describe('blame put elsewhere, virtues passed off as faults', () => {
  test('a failure caused by someone else, against one owned or a success shared', () => {
    expect(
      excuses('Target bulan itu meleset, tapi itu karena koordinatornya salah bagi area.', 'id'),
    ).toEqual({
      externalCause: ['karena koordinatornya'],
    });
    expect(excuses('The launch slipped because the vendor sent the keys late.', 'en')).toEqual({
      externalCause: ['because the vendor'],
    });
    expect(
      excuses('Laporannya telat karena saya salah hitung, jadi sekarang saya cek dua kali.', 'id'),
    ).toEqual({});
    expect(excuses('Penjualan naik karena tim marketing bikin promo yang pas.', 'id')).toEqual({});
  });

  test('a virtue said to be too much, when a weakness is asked for', () => {
    const weakness = (answer: string) =>
      excuseCues.length &&
      Object.fromEntries(
        [
          ...(() => {
            const ctx = buildContext({
              language: 'id',
              stage: 'hr',
              question: 'Apa kelemahan Anda?',
              answer,
            });
            const hits = new Map<string, Evidence[]>();
            excuseCues(ctx, (t) => isOther(t, isThirdParty), hits);
            return hits;
          })(),
        ].map(([name, ev]) => [name, ev.map((e) => e.text)]),
      );
    expect(weakness('Mungkin saya terlalu perfeksionis, jadi sering lembur.')).toEqual({
      virtueAsWeakness: ['terlalu perfeksionis'],
    });
    expect(
      weakness(
        'Saya terlalu cepat ambil keputusan tanpa data, jadi sekarang saya minta waktu sehari.',
      ),
    ).toEqual({});
  });

  test('a fault claimed to be rare, and the question waved away with "kok"', () => {
    expect(excuses('Jujur, saya jarang salah hitung, Pak.', 'id')).toEqual({
      rarelyWrong: ['jarang salah'],
    });
    expect(excuses('Pelanggan kami jarang salah kirim alamat.', 'id')).toEqual({});
    expect(excuses('Kok nanya gaji terus sih, Kak?', 'id')).toEqual({
      topicWavedAway: ['Kok nanya'],
    });
  });
});

describe('disparaging without a harsh word', () => {
  test('belittling and hearsay about someone else', () => {
    expect(
      disparages('Kepala tokonya cuma bisa nyuruh, nggak pernah turun ke lantai.', 'id'),
    ).toEqual({
      belittlesOthers: ['Kepala tokonya cuma'],
    });
    expect(disparages('Manajernya katanya sih visioner.', 'id')).toEqual({
      belittlesOthers: ['katanya sih visioner'],
    });
  });

  test('a disclaimer, then someone else as the subject', () => {
    expect(
      disparages(
        'Mohon maaf sebelumnya. Direktur kami mengubah target setiap minggu tanpa alasan.',
        'id',
      ),
    ).toEqual({ disclaimerThenOthers: ['Mohon maaf'] });
    expect(disparages('With respect, but my last director changed his mind daily.', 'en')).toEqual({
      disclaimerThenOthers: ['With respect'],
    });
  });

  test('what not to do, learnt from a boss', () => {
    expect(disparages('Dari beliau saya belajar bagaimana tidak memimpin orang.', 'id')).toEqual({
      whatNotToDo: ['tidak memimpin'],
    });
    expect(disparages('He taught me exactly how not to manage a team.', 'en')).toEqual({
      whatNotToDo: ['not to manage'],
    });
  });

  test('near misses: a fair account, a disclaimer about oneself, one’s own lesson', () => {
    expect(disparages('Atasan saya tegas tapi adil, dan saya belajar banyak.', 'id')).toEqual({});
    expect(
      disparages('Perusahaan sedang restrukturisasi, jadi divisi kami ditutup.', 'id'),
    ).toEqual({});
    expect(
      disparages('Mohon maaf, Bu, saya belum pernah pakai SAP, tapi saya cepat belajar.', 'id'),
    ).toEqual({});
    expect(disparages('Saya belajar bagaimana tidak panik saat mesin mati.', 'id')).toEqual({});
    expect(
      disparages('Saya cuma lulusan SMK, tapi saya sudah lima tahun di bengkel.', 'id'),
    ).toEqual({});
  });
});
