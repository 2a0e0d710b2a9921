import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import { buildContext } from '../../src/domain/coach/context';
import { decideLabels } from '../../src/domain/coach/decide-labels';
import { answerFeatures } from '../../src/domain/coach/features';
import { buildFeedback } from '../../src/domain/coach/feedback';
import type { CoachModel } from '../../src/domain/coach/linear-model';
import { ruleLabels } from '../../src/domain/coach/rule-labels';
import {
  type AnswerAnalysis,
  type AnswerLabel,
  answerLabels,
} from '../../src/domain/coach/answer-analysis';
import { expectEvidence } from '../support/coach-evidence';

function analyse(answer: string, language: 'id' | 'en' = 'id', jobTerms: string[] = []) {
  return analyzeAnswer({ language, stage: 'user', question: 'Q', answer, jobTerms });
}
const on = (a: AnswerAnalysis) => answerLabels.filter((l) => a.labels[l].value);
const texts = (a: AnswerAnalysis, l: AnswerLabel) => a.labels[l].evidence.map((e) => e.text);

/** Labels, numbers and job terms all point at exact slices of the answer. */
function expectHonestEvidence(answer: string, a: AnswerAnalysis) {
  expectEvidence(answer, a);
  for (const e of a.metrics.numbers) expect(answer.slice(e.start, e.end)).toBe(e.text);
  for (const u of a.metrics.jobTerms.used) {
    for (const e of u.evidence) expect(answer.slice(e.start, e.end)).toBe(e.text);
  }
}

const storyId =
  'Tahun lalu di gudang pusat, selisih stok selalu muncul setiap stock opname. Saya ditugaskan menurunkan selisih itu. Saya menyusun ulang rak berdasarkan kode barang dan melatih dua staf baru. Hasilnya selisih stok turun dari 8% menjadi 2% dalam tiga bulan.';
const storyIdCasual =
  'Pas gue di startup logistik, kurir sering salah alamat. Tugas gue waktu itu benerin alur input alamat. Gue bikin validasi kode pos di form dan ngajak tim CS ngecek ulang order yang aneh. Sejak itu komplain salah alamat hampir nggak ada lagi.';
const storyEn =
  'Two years ago our support backlog reached 900 tickets. As team lead, I had to clear it before the holiday sale. I split the queue by product, wrote 12 macros and set up a daily stand-up. We cleared the backlog in ten days and CSAT went from 78% to 91%.';

describe('STAR', () => {
  test.each([
    ['formal Indonesian', storyId, 'id'],
    ['casual Indonesian', storyIdCasual, 'id'],
    ['English', storyEn, 'en'],
  ] as const)('a full story in %s has all four parts', (_what, answer, language) => {
    const a = analyse(answer, language);
    expect(on(a)).toEqual(expect.arrayContaining(['situation', 'task', 'action', 'result']));
    expect(a.labels.theoretical.value).toBe(false);
    expect(a.labels.genericClaim.value).toBe(false);
    expectHonestEvidence(answer, a);
  });

  test('evidence points at the words that triggered each part', () => {
    const a = analyse(storyId);
    expect(texts(a, 'situation')).toContain('Tahun lalu');
    expect(texts(a, 'task')).toContain('ditugaskan');
    expect(texts(a, 'action')).toContain('Saya menyusun');
    expect(texts(a, 'result')).toContain('Hasilnya');
    const e = a.labels.situation.evidence[0];
    expect(e && storyId.slice(e.start, e.end)).toBe('Tahun lalu');
  });

  test('a story without an outcome has no result', () => {
    const answer =
      'Last month a client emailed me at midnight because their invoice was wrong. I checked the billing export and called their finance lead the next morning.';
    const a = analyse(answer, 'en');
    expect(a.labels.situation.value).toBe(true);
    expect(a.labels.action.value).toBe(true);
    expect(a.labels.result.value).toBe(false);
  });

  test('a list of duties without any context is not a story', () => {
    const a = analyse(
      'Saya mengelola media sosial perusahaan, membuat konten harian, dan membalas komentar pelanggan.',
    );
    expect(on(a)).toEqual([]);
  });

  test('a place from the past with a narrated step is a situation', () => {
    const a = analyse(
      'Di perusahaan sebelumnya, aplikasi kasir kami sering error waktu jam ramai. Saya menganalisis log server dan menemukan query yang lambat.',
    );
    expect(a.labels.situation.value).toBe(true);
    expect(texts(a, 'action')).toContain('Saya menganalisis');
  });

  test('a casual step with fillers in between still counts, with exact offsets', () => {
    const answer = 'Waktu itu pelanggan marah. Terus aku, eh, telepon balik dan jelasin statusnya.';
    const a = analyse(answer);
    expect(texts(a, 'action')).toEqual(['aku, eh, telepon']);
    expectHonestEvidence(answer, a);
  });

  test('a biography of jobs held is not a STAR situation', () => {
    const a = analyse(
      'I studied accounting in Bandung. After graduating I worked at a bakery for a while and then I joined a bank as a teller.',
      'en',
    );
    expect(a.labels.situation.value).toBe(false);
    expect(a.labels.action.value).toBe(false);
  });
});

describe('theoretical', () => {
  test.each([
    [
      'id',
      'Menurut saya, kalau ada pelanggan yang komplain, kita harus tetap tenang. Sebaiknya kita minta maaf lalu menawarkan solusi. Setelah itu keluhannya perlu dicatat.',
    ],
    [
      'id',
      'Aku bakal bikin daftar prioritas dulu. Terus aku bakal tanya atasan mana yang paling mendesak.',
    ],
    [
      'en',
      'A good project manager should set clear milestones. You need to talk to stakeholders early, and you can use a RACI chart.',
    ],
    [
      'en',
      "I'd start by mapping the current process. Then I would interview the people who run it.",
    ],
    ['en', 'One should always double-check the numbers before sending a report.'],
  ] as const)('%s: general advice with no own example', (language, answer) => {
    const a = analyse(answer, language);
    expect(a.labels.theoretical.value).toBe(true);
    expect(a.labels.action.value).toBe(false);
  });

  test('a story that ends with a lesson for next time is not theoretical', () => {
    const a = analyse(
      'Last year I missed a supplier deadline because I tracked orders in my head. I built a shared tracker and we never missed one again. Next time I would set it up from day one.',
      'en',
    );
    expect(a.labels.theoretical.value).toBe(false);
    expect(a.labels.situation.value).toBe(true);
  });

  // The tip highlights what makes the answer theory, never a conjunction the model leaned on.
  const ownExampleTip = (answer: string, language: 'id' | 'en', a: AnswerAnalysis) =>
    buildFeedback(a, {
      language,
      stage: 'user',
      question: 'Q',
      answer,
      jobTerms: [],
    }).improvements.find((point) => point.code === 'give_own_example');
  const conjunctions = /^(and|so|then|kalau|jadi|dan|atau|if|or)$/i;
  test.each([
    [
      'id',
      'Kalau ada keluhan pelanggan, biasanya saya dengarkan dulu dan saya catat, jadi pelanggan merasa didengar. Kalau saya jadi supervisor, seharusnya tim juga dilatih supaya keluhan ditangani dengan sopan.',
      ['biasanya', 'Kalau saya jadi', 'seharusnya'],
    ],
    [
      'en',
      'If a customer is angry, I usually listen first and so they feel heard, and then I would offer a solution. If I were the manager, the team should be trained and so everyone handles it the same way.',
      ['usually', 'I would', 'If I were', 'should'],
    ],
  ] as const)(
    '%s: the evidence is the habitual and hypothetical words',
    (language, answer, words) => {
      const a = analyse(answer, language);
      expect(a.labels.theoretical.value).toBe(true);
      expect(texts(a, 'theoretical')).toEqual(words);
      expect(ownExampleTip(answer, language, a)?.evidence.map((e) => e.text)).toEqual(words);
    },
  );

  test.each([
    [
      'en',
      'When deadlines clash, the deadlines are ranked and the team is told, and so the work is split, and then it is checked.',
    ],
    [
      'id',
      'Deadline diurutkan berdasarkan dampak dan kalau ada bentrok dibahas dengan atasan, jadi pekerjaan dibagi rata dan dicek di akhir minggu.',
    ],
  ] as const)(
    '%s: theory with no such word highlights nothing, even when the model flags it',
    (language, answer) => {
      // The fitted model decides this label; one that flags every answer shows what it may point at.
      const ctx = buildContext({ language, stage: 'user', question: 'Q', answer, jobTerms: [] });
      const rules = ruleLabels(ctx);
      const features = answerFeatures(ctx, rules);
      // Every feature pushes it up, so the model has words of its own it could show ("and", "so").
      const weights = Object.fromEntries([...features.keys()].map((name) => [name, 1]));
      const flagsAll: CoachModel = { theoretical: { bias: 10, threshold: 0.5, weights } };
      const labels = decideLabels(rules, features, flagsAll);
      expect(labels.theoretical.value).toBe(true);
      expect(labels.theoretical.evidence).toEqual([]);
    },
  );

  test('across the general-advice answers, no highlight is a conjunction alone', () => {
    for (const answer of [
      'Menurut saya, kalau ada pelanggan yang komplain, kita harus tetap tenang. Sebaiknya kita minta maaf lalu menawarkan solusi.',
      'A good project manager should set clear milestones, and so you need to talk to stakeholders early.',
    ]) {
      const a = analyse(answer, /kita/.test(answer) ? 'id' : 'en');
      expect(a.labels.theoretical.value).toBe(true);
      expect(texts(a, 'theoretical').length).toBeGreaterThan(0);
      for (const word of texts(a, 'theoretical')) expect(word).not.toMatch(conjunctions);
    }
  });

  test('one polite wish is not a theory', () => {
    const a = analyse("I like your products and I think I'd learn a lot here.", 'en');
    expect(a.labels.theoretical.value).toBe(false);
  });
});

describe('genericClaim', () => {
  test.each([
    ['id', 'Saya orangnya disiplin, rajin, dan mudah beradaptasi.'],
    ['id', 'Gue tuh fast learner dan bisa kerja di bawah tekanan.'],
    ['en', "I am a reliable and highly motivated person. I'm also a good communicator."],
  ] as const)('%s: traits with nothing to back them', (language, answer) => {
    expect(analyse(answer, language).labels.genericClaim.value).toBe(true);
  });

  test('a trait backed by a story is not generic', () => {
    const a = analyse(
      'Saya orangnya teliti. Bulan lalu saya menemukan faktur ganda senilai Rp 12 juta sebelum dibayar, lalu saya laporkan ke tim keuangan.',
    );
    expect(a.labels.genericClaim.value).toBe(false);
  });

  test('"jujur" as "honestly" and traits of other people are not self-claims', () => {
    expect(analyse('Jujur aja, aku belum pernah pakai Figma.').labels.genericClaim.value).toBe(
      false,
    );
    expect(
      analyse('Aku suka tim kalian yang kreatif dan disiplin.').labels.genericClaim.value,
    ).toBe(false);
    expect(analyse('I never used Figma, to be honest.', 'en').labels.genericClaim.value).toBe(
      false,
    );
  });

  test('a negated trait is not a claim', () => {
    expect(analyse("I'm not a perfectionist.", 'en').labels.genericClaim.value).toBe(false);
  });
});

describe('negativeFormer', () => {
  test.each([
    [
      'id',
      'Atasan gue tuh galak banget, suka marah-marah di depan klien. Rekan kerja juga pada males.',
    ],
    ['id', 'Perusahaannya nggak profesional, gaji selalu dipotong tanpa alasan.'],
    ['en', 'My old boss was incompetent and my coworkers were lazy.'],
    ['en', 'The management there never listened to anyone.'],
  ] as const)('%s: badmouthing a former employer or colleague', (language, answer) => {
    const a = analyse(answer, language);
    expect(a.labels.negativeFormer.value).toBe(true);
    expectHonestEvidence(answer, a);
  });

  test('a neutral conflict story is not badmouthing', () => {
    const a = analyse(
      'Waktu itu rekan saya dan saya beda pendapat soal jadwal rilis. Saya mengajak dia diskusi dan kami sepakat memecah rilis jadi dua tahap.',
    );
    expect(a.labels.negativeFormer.value).toBe(false);
  });

  test('a mild complaint inside a story of fixing things is not badmouthing', () => {
    const a = analyse(
      "Last year the new hires didn't understand our ticket flow. I wrote a one-page guide and ran two short trainings, and mis-routed tickets dropped by half.",
      'en',
    );
    expect(a.labels.negativeFormer.value).toBe(false);
    expect(a.labels.result.value).toBe(true);
  });
});

describe('defensive', () => {
  test.each([
    [
      'id',
      'Kelemahan? Jujur saya nggak punya kelemahan. Saya rasa pertanyaan kayak gini nggak relevan.',
    ],
    ['id', 'Itu bukan salah saya, datanya memang dari awal sudah kacau.'],
    ['id', 'Kenapa harus bahas itu lagi, Bu?'],
    ['en', "Weaknesses? I can't think of any, really."],
    ['en', "That delay was not my fault. I'd rather focus on my wins."],
  ] as const)('%s: deflecting', (language, answer) => {
    const a = analyse(answer, language);
    expect(a.labels.defensive.value).toBe(true);
    expect(a.labels.defensive.evidence.length).toBeGreaterThan(0);
  });

  test('owning a weakness is not defensive', () => {
    expect(
      analyse('Kelemahan saya kurang teliti kalau buru-buru, jadi sekarang saya pakai checklist.')
        .labels.defensive.value,
    ).toBe(false);
    expect(
      analyse('My weakness is public speaking, so I joined a Toastmasters club.', 'en').labels
        .defensive.value,
    ).toBe(false);
  });
});

describe('quantified and numbers', () => {
  test('percentages, counts, money and time saved count', () => {
    const a = analyse(storyEn, 'en');
    expect(a.labels.quantified.value).toBe(true);
    expect(texts(a, 'quantified')).toEqual(expect.arrayContaining(['900', '78%', '91%']));
  });

  test('number words count, including "dua kali lipat"', () => {
    const a = analyse(
      'Bulan lalu saya mengubah alur pendaftaran, dan jumlah pendaftar naik dua kali lipat.',
    );
    expect(a.labels.quantified.value).toBe(true);
    expect(texts(a, 'quantified')).toContain('dua kali lipat');
  });

  test('ages, graduation years and years of study or tenure do not count', () => {
    const answer =
      'Nama saya Budi, usia 27 tahun, lulus S1 Teknik Informatika tahun 2019 dan sudah 3 tahun bekerja sebagai programmer.';
    const a = analyse(answer);
    expect(a.labels.quantified.value).toBe(false);
    expect(a.metrics.numbers.map((n) => n.text)).toEqual(['27', '2019', '3']);
  });

  test('dates, times of day, identifiers and idioms do not count', () => {
    expect(
      analyse('Saya lapor ke atasan tanggal 14 jam sembilan pagi.').labels.quantified.value,
    ).toBe(false);
    expect(analyse('Saya menghitung PPh 21 untuk karyawan.').labels.quantified.value).toBe(false);
    expect(analyse('Kami bicara empat mata setelah rapat.').labels.quantified.value).toBe(false);
    expect(analyse('I always give 110 percent.', 'en').labels.quantified.value).toBe(false);
    expect(
      analyse('I graduated in 2020, when I was 22 years old.', 'en').labels.quantified.value,
    ).toBe(false);
  });

  test('money with a currency and a scale is one number', () => {
    const a = analyse('We recovered $45,000 and Rp 2 juta in refunds.', 'en');
    expect(a.metrics.numbers.map((n) => n.text)).toEqual(['$45,000', 'Rp 2 juta']);
  });
});

describe('fillers', () => {
  test('Indonesian fillers: rate per 100 words and evidence', () => {
    const answer = 'Eh, aku tuh, apa ya, suka aja gitu sama desain. Em, kayak, seru sih, ya kan.';
    const a = analyse(answer);
    expect(a.metrics.fillers).toBe(7);
    expect(a.metrics.words).toBe(16);
    expect(a.metrics.fillersPer100Words).toBe(43.8);
    expect(a.labels.fillerHeavy.value).toBe(true);
    expect(texts(a, 'fillerHeavy')).toEqual(
      expect.arrayContaining(['Eh', 'apa ya', 'gitu', 'Em', 'kayak', 'sih', 'ya kan']),
    );
    expectHonestEvidence(answer, a);
  });

  test('"kayak" and "gitu" with their plain meaning are not fillers', () => {
    const a = analyse('Kalau gitu saya bikin desain kayak contoh dari klien.');
    expect(a.metrics.fillers).toBe(0);
  });

  test('English fillers, but not "like" as a verb or preposition', () => {
    const a = analyse('Um, so, I, like, basically fixed it, you know?', 'en');
    expect(a.metrics.fillers).toBe(4);
    const b = analyse('I like tools like Jira and that kind of thing.', 'en');
    expect(b.metrics.fillers).toBe(0);
  });

  test('a few fillers in a long answer are not filler-heavy', () => {
    const a = analyse(`${storyEn} Um, that was it.`, 'en');
    expect(a.metrics.fillers).toBe(1);
    expect(a.labels.fillerHeavy.value).toBe(false);
  });
});

describe('metrics', () => {
  test('words, sentences and speaking time at about 130 words a minute', () => {
    const answer = Array.from(
      { length: 13 },
      () => 'Saya menulis sepuluh kata untuk menguji hitungan waktu bicara ini.',
    ).join(' ');
    const a = analyse(answer);
    expect(a.metrics.words).toBe(130);
    expect(a.metrics.sentences).toBe(13);
    expect(a.metrics.speakingSeconds).toBe(60);
  });

  test('an empty answer has empty findings', () => {
    const a = analyse('');
    expect(on(a)).toEqual([]);
    expect(a.metrics.words).toBe(0);
    expect(a.metrics.fillersPer100Words).toBe(0);
  });
});

describe('job-term coverage', () => {
  test('matches affixed Indonesian forms, English inflections and multi-word terms', () => {
    const answer =
      'Saya menganalisis data penjualan, lalu kode itu di-deploy ulang. Tim kami juga deployed dua hotfix dan menyusun content plan bulanan; rekonsiliasi rekening bank jadi rapi.';
    const a = analyse(answer, 'id', [
      'analisis',
      'deploy',
      'content plan',
      'rekonsiliasi bank',
      'rekrutmen',
      'Kubernetes',
    ]);
    expect(a.metrics.jobTerms.used.map((u) => u.term)).toEqual([
      'analisis',
      'deploy',
      'content plan',
      'rekonsiliasi bank',
    ]);
    expect(a.metrics.jobTerms.missed).toEqual(['rekrutmen', 'Kubernetes']);
    const deploy = a.metrics.jobTerms.used.find((u) => u.term === 'deploy');
    expect(deploy?.evidence.map((e) => e.text)).toEqual(['di-deploy', 'deployed']);
    expectHonestEvidence(answer, a);
  });

  test('at the HR interview a term not used is no gap, while a term used is still seen', () => {
    const hr = analyzeAnswer({
      language: 'id',
      stage: 'hr',
      question: 'Kenapa Anda ingin bergabung dengan tim ini?',
      answer: 'Saya suka membangun layanan dengan Node.js dan ingin belajar dari tim yang rapi.',
      jobTerms: ['Node.js', 'TypeScript', 'PostgreSQL'],
    });
    expect(hr.metrics.jobTerms.used.map((u) => u.term)).toEqual(['Node.js']);
    expect(hr.metrics.jobTerms.missed).toEqual([]);
  });

  test('a different word with a similar start is not the term', () => {
    const a = analyse('Saya merekrut tiga orang baru.', 'id', ['rekrutmen']);
    expect(a.metrics.jobTerms.missed).toEqual(['rekrutmen']);
  });

  test('English inflections and symbols in terms', () => {
    const a = analyse('I was deploying Node.js services and writing C++ tests.', 'en', [
      'deploy',
      'Node.js',
      'C++',
      'test',
      'Go',
    ]);
    expect(a.metrics.jobTerms.used.map((u) => u.term)).toEqual([
      'deploy',
      'Node.js',
      'C++',
      'test',
    ]);
    expect(a.metrics.jobTerms.missed).toEqual(['Go']);
  });

  test('an English answer to a job advertised in Indonesian is not told it misses the Indonesian terms', () => {
    const terms = ['laporan keuangan', 'pengawasan lapangan', 'manajemen stok', 'SAP', 'Excel'];
    const answer = 'I closed the monthly books in SAP and checked every invoice twice.';
    const en = analyse(answer, 'en', terms);
    expect(en.metrics.jobTerms.used.map((u) => u.term)).toEqual(['SAP']);
    // Tools keep their name in any language: Excel is still missed.
    expect(en.metrics.jobTerms.missed).toEqual(['Excel']);
    // The same terms missed in an Indonesian answer are still missed.
    const id = analyse('Saya menutup buku bulanan di SAP.', 'id', terms);
    expect(id.metrics.jobTerms.missed).toEqual([
      'laporan keuangan',
      'pengawasan lapangan',
      'manajemen stok',
      'Excel',
    ]);
  });

  test('English terms that look a little Indonesian stay job terms in an English answer', () => {
    const terms = ['pedestrian safety', 'company law', 'Jakarta office', 'K3', 'menu engineering'];
    const a = analyse('I drafted safety rules for the site.', 'en', terms);
    expect(a.metrics.jobTerms.missed).toEqual([
      'company law',
      'Jakarta office',
      'K3',
      'menu engineering',
    ]);
  });
});

describe('badmouthing evidence', () => {
  test('points at where someone is judged, not at the words around the boss', () => {
    const a = analyse(
      "I left because my manager was, let's say, not very competent. He took credit for our work and made poor decisions for the company.",
      'en',
    );
    expect(a.labels.negativeFormer.value).toBe(true);
    const words = texts(a, 'negativeFormer');
    expect(words.some((w) => /let's say|took credit|competent/.test(w))).toBe(true);
    for (const filler of ['my', 'was', 'our', 'decided', 'really'])
      expect(words).not.toContain(filler);
  });
});
