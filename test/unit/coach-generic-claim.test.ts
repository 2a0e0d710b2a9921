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

describe('genericClaim: claims found by the shape of the sentence (trait-frames.ts)', () => {
  // Sentences written for these tests, not taken from any labelled answer.
  const claims: string[] = [
    // An intensified predicate, whatever the adjective.
    "I'm extremely thorough and I'm genuinely easy-going, so teams like having me around.",
    // A quality adjective by its ending, in a list.
    "I'm meticulous, tactful and I keep my word.",
    // A role-less doer with a quality before it.
    "I'm a decisive, pragmatic leader and a very persuasive negotiator.",
    'As a methodical and curious thinker, I look at a problem from every side.',
    // A verbless line of traits.
    'Punctual. Honest. Hard-working.',
    'Reliable and never absent.',
    // Effort as a fault, flawlessness claimed, a habit claimed absolutely.
    'My weakness? I work too hard, and my family says so.',
    "I don't make errors in my counts, and my drawer always balances.",
    'I always hit my quota, whatever the season.',
    // Tenure and a headcount are background, not a story: the claim is still unbacked.
    "I've spent nine years in warehousing, the last five at a depot with about 400 staff. I'm dependable and a strong team player.",
    // One hundred percent in words is the same stock phrase as 100%.
    "I'm a perfectionist and I always give one hundred percent.",
  ];
  test.each(claims)('generic: %s', (answer) => {
    expect(generic(answer, 'en')).toBe(true);
  });

  const notClaims: string[] = [
    // Feelings and states after "I am ... very".
    "I'm very excited about this role and really grateful for the invitation.",
    "I'm responsible for the payroll of two branches and available from next month.",
    // Job titles: a trade or a rank before the doer.
    "I'm a team leader at a call centre and a certified trainer.",
    'As a senior planner, I set the weekly production plan.',
    // A method told step by step: its habits are a procedure, not a claim.
    'First I sort the parcels by district, then I always scan each one before it goes on the van.',
    // A past step and a reported thought are not a habit claimed.
    'I never told anyone about the discount code, and I always thought the policy was fair.',
    // The claim with a concrete episode behind it.
    "I'm extremely thorough. Last July I found a duplicated invoice of 12 million in the vendor ledger and had it reversed before the payment run.",
    // A role in the past is background, yet a story with a time and a step is an example.
    "I was a cashier at a pharmacy for two years. I'm very calm: one night in March a customer shouted at me over a prescription, and I called the pharmacist and sorted it out in five minutes.",
  ];
  test.each(notClaims)('not generic: %s', (answer) => {
    expect(generic(answer, 'en')).toBe(false);
  });
});
