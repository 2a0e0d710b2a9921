import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

// Sentences written for these tests, not taken from any labelled answer.
const generic = (answer: string, language: 'id' | 'en') =>
  ruleLabels(
    buildContext({
      language,
      stage: 'hr',
      question: language === 'id' ? 'Apa kelebihan Anda?' : 'What are your strengths?',
      answer,
    }),
  ).labels.genericClaim.value;

describe('genericClaim: traits claimed with nothing specific behind them', () => {
  const claimsOnly: [string, 'id' | 'en'][] = [
    [
      'Saya orangnya pekerja keras, jujur, dan bisa kerja tim. Saya juga cepat belajar hal baru.',
      'id',
    ],
    ["I'm a passionate team player who always gives 110% and never gives up.", 'en'],
    [
      'Kalau ditanya kelebihan, aku tuh orangnya disiplin banget dan bertanggung jawab sama kerjaan.',
      'id',
    ],
    [
      'I would describe myself as reliable, organised and very motivated. I always meet my deadlines and I get along with everyone.',
      'en',
    ],
    ['Gue tipe orang yang gampang adaptasi, komunikatif, dan nggak gampang nyerah sih.', 'id'],
    [
      'My strengths are creativity and attention to detail. People say I am a natural leader.',
      'en',
    ],
    [
      'Saya orang yang teliti dan selalu menyelesaikan pekerjaan dengan baik dan tepat waktu.',
      'id',
    ],
    // Tenure is background, not an event: still nothing specific.
    [
      'I am hardworking and honest. I worked in retail for three years and I like helping people.',
      'en',
    ],
  ];
  test.each(claimsOnly)('generic: %s', (answer, language) => {
    expect(generic(answer, language)).toBe(true);
  });

  const backedByStory: [string, 'id' | 'en'][] = [
    [
      'Saya orangnya teliti. Bulan lalu saya menemukan selisih Rp 4 juta di laporan kas cabang Bekasi dan melaporkannya ke supervisor.',
      'id',
    ],
    [
      "I'm a hard worker. Last December, when two colleagues were sick, I covered six night shifts so the clinic stayed open.",
      'en',
    ],
    [
      'Aku cukup sabar sih. Waktu itu ada pelanggan yang komplain soal paket telat, aku cek resinya di sistem JNE dan jelasin pelan-pelan sampai dia tenang.',
      'id',
    ],
    // A specific story about something else still shows the candidate is not only claiming.
    [
      "I'm quite creative. In 2023 our Shopify store kept timing out, so I rewrote the checkout script and errors dropped by 80%.",
      'en',
    ],
  ];
  test.each(backedByStory)('not generic, a specific story: %s', (answer, language) => {
    expect(generic(answer, language)).toBe(false);
  });

  test('no trait claimed at all is not generic, however short', () => {
    expect(
      generic('Saya menyusun ulang jadwal piket gudang dan keterlambatan turun 30%.', 'id'),
    ).toBe(false);
    expect(generic('At my last job I trained four new cashiers in two weeks.', 'en')).toBe(false);
    expect(generic('I am not a morning person, to be honest.', 'en')).toBe(false);
  });
});

describe('genericClaim: trait claims in other shapes, and their near misses', () => {
  // Sentences written for these tests, not taken from any labelled answer.
  const claims: [string, 'id' | 'en'][] = [
    ['People tell me I am very patient with customers, and I like helping them.', 'en'],
    ['I pride myself on being punctual and calm, whatever the shift brings.', 'en'],
    ['I consider myself a quick study and I adapt to any team.', 'en'],
    ["I'm someone who never gives up until the job is done.", 'en'],
    ["I'm a strong negotiator and I always close the month on target.", 'en'],
    [
      'As a detail-oriented and resourceful planner, I would first list every supplier and then rank them.',
      'en',
    ],
    ['im hardworking, quick learner n ready for any shift', 'en'],
    ['sy org nya jujur dan disiplin pak, siap kerja kapan aja', 'id'],
    ['Saya kan orangnya sabar, Bu, jadi saya akan dengarkan dulu.', 'id'],
    // A biography placed in time is no story behind the claim.
    [
      'I graduated in accounting from a college in Kediri last year. I am a fast learner and a real team player.',
      'en',
    ],
  ];
  test.each(claims)('generic: %s', (answer, language) => {
    expect(generic(answer, language)).toBe(true);
  });

  const notClaims: [string, 'id' | 'en'][] = [
    ['As a junior analyst, I would check the raw data before building any chart.', 'en'],
    ['As a graphic designer, I would start from the brief and the brand guide.', 'en'],
    ['I am a project manager at a logistics firm in Cikarang.', 'en'],
    ['I consider myself lucky to have worked with such a good supervisor.', 'en'],
    [
      'My supervisor told me I am too slow with the month-end reports, so I am working on it.',
      'en',
    ],
    ['People say he is very patient, but I have not worked with him.', 'en'],
    ['Saya orang Medan, Bu, tapi sudah lima tahun tinggal di Bekasi.', 'id'],
    // The frame with a specific story of one's own behind it.
    [
      'People tell me I am patient. Last March a buyer shouted at me over a late parcel, so I traced it in the courier system and rang him every evening until it arrived.',
      'en',
    ],
  ];
  test.each(notClaims)('not generic: %s', (answer, language) => {
    expect(generic(answer, language)).toBe(false);
  });
});
