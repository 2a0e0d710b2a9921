import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { answerFeatures } from '../../src/domain/coach/features';
import { buildFeedback } from '../../src/domain/coach/feedback';
import { mentionsTopic } from '../../src/domain/coach/question-fit';
import { casualRegister, chatWords } from '../../src/domain/coach/register';
import { ruleLabels } from '../../src/domain/coach/rule-labels';
import { tokenize } from '../../src/domain/coach/tokens';
import { expectEvidence } from '../support/coach-evidence';

const input = (
  answer: string,
  language: 'id' | 'en' = 'id',
  question = 'Ceritakan pengalaman kerja Anda.',
  stage: 'hr' | 'user' = 'hr',
): AnswerInput => ({ language, stage, question, answer });

function features(answer: string, language: 'id' | 'en' = 'id', question?: string) {
  const ctx = buildContext(input(answer, language, question));
  return answerFeatures(ctx, ruleLabels(ctx));
}
const cue = (answer: string, name: string, language: 'id' | 'en' = 'id') =>
  features(answer, language).get(`f:${name}`);

describe('linguistic features', () => {
  test('who the subject is: the candidate, people in general, or someone else', () => {
    expect(cue('Saya merapikan gudang suku cadang.', 'subjectFirst')).toBeDefined();
    expect(cue('Kita harus selalu sopan ke pelanggan.', 'subjectImpersonal')).toBeDefined();
    expect(cue('Kita harus selalu sopan ke pelanggan.', 'subjectFirst')).toBeUndefined();
    expect(
      cue('You should always double-check the invoice.', 'subjectImpersonal', 'en'),
    ).toBeDefined();
    expect(cue('Atasan saya jarang datang rapat.', 'otherSubject')).toBeDefined();
  });

  test('aspect, passives and object-first Indonesian', () => {
    expect(
      cue('Stok opname sudah saya selesaikan sebelum audit.', 'aspectPast')?.evidence[0]?.text,
    ).toBe('sudah');
    expect(
      cue('Laporan itu dikirim ke kantor pusat tiap Senin.', 'diPassive')?.evidence[0]?.text,
    ).toBe('dikirim');
    // "di kantor" is a place, not a passive.
    expect(cue('Saya bekerja di kantor cabang.', 'diPassive')).toBeUndefined();
    expect(cue('Jadwal piket kuatur ulang minggu itu.', 'kuForm')?.evidence[0]?.text).toBe(
      'kuatur',
    );
    expect(cue('Badan saya kuat dan jarang sakit.', 'kuForm')).toBeUndefined();
  });

  test('stance towards third parties: evaluation, criticism, praise, sarcasm quotes', () => {
    expect(cue('Manajer saya memang malas dan egois.', 'evaluatesOthers')).toBeDefined();
    // The same adjective about oneself is not an evaluation of someone else.
    expect(cue('Dulu saya agak malas olahraga.', 'evaluatesOthers')).toBeUndefined();
    expect(
      cue('Our director only cared about the quarterly photo.', 'criticisesOthers', 'en'),
    ).toBeDefined();
    expect(
      cue('I am grateful to my old supervisor, a real mentor.', 'praisesOthers', 'en'),
    ).toBeDefined();
    expect(
      cue('Our lead was a "visionary", apparently.', 'scareQuote', 'en')?.evidence[0]?.text,
    ).toBe('"visionary"');
    // An apostrophe inside a word is not a quote.
    expect(cue("We didn't miss the client's deadline.", 'scareQuote', 'en')).toBeUndefined();
    expect(cue('Ada yang namanya "koordinasi" di sana.', 'sarcasm')).toBeDefined();
  });

  test('register and question kind', () => {
    expect(cue('Gue sih santai aja orangnya.', 'registerCasual')?.evidence[0]?.text).toBe('Gue');
    expect(cue('Aku biasanya santai.', 'registerCasual')).toBeUndefined();
    const f = features('Saya jujur saja.', 'id', 'Apa kelemahan terbesar Anda?');
    expect(f.has('q:weakness')).toBe(true);
    expect(f.has('q:leaving')).toBe(false);
  });

  test('the rules verdicts are features with their evidence', () => {
    const f = features(
      'Bulan lalu saya menyusun ulang jadwal shift, dan keterlambatan turun 40%.',
      'id',
    );
    expect(f.get('r:quantified')?.evidence.map((e) => e.text)).toContain('40%');
  });
});

describe('learned model and rules together', () => {
  test('sarcasm about a former boss is badmouthing; gratitude towards one is not', () => {
    const sarcastic = analyzeAnswer(
      input(
        'My old manager was a real "genius". He changed the targets every Friday and only cared about looking good in front of the directors, so nobody on the team bothered to plan anymore.',
        'en',
        'Why are you leaving your current job?',
      ),
    );
    expect(sarcastic.labels.negativeFormer.value).toBe(true);
    const grateful = analyzeAnswer(
      input(
        'My manager trusted me with our Surabaya launch two years ago, and I learned a lot from her. Now I want to manage a region myself, and this role offers exactly that.',
        'en',
        'Why are you leaving your current job?',
      ),
    );
    expect(grateful.labels.negativeFormer.value).toBe(false);
  });

  test('denying any weakness is defensive; naming one and working on it is not', () => {
    const denial = analyzeAnswer(
      input(
        'Jujur saya tidak punya kelemahan, Pak. Kenapa semua wawancara menanyakan ini terus?',
        'id',
        'Apa kelemahan Anda?',
      ),
    );
    expect(denial.labels.defensive.value).toBe(true);
    const honest = analyzeAnswer(
      input(
        'Kelemahan saya dulu menunda pekerjaan administrasi. Sejak tahun lalu saya memakai daftar tugas harian dan menyelesaikan laporan setiap Jumat siang.',
        'id',
        'Apa kelemahan Anda?',
      ),
    );
    expect(honest.labels.defensive.value).toBe(false);
  });

  test('an object-first casual Indonesian story is recognised as action and result', () => {
    const a = analyzeAnswer(
      input(
        'Pas aku jadi kasir di toko bangunan tahun lalu, stok semen sering selisih. Aku yang diminta beresin. Catatan keluar-masuk barang kususun ulang tiap sore, terus aku ajak sopir cek muatan bareng. Dua bulan kemudian selisihnya hampir nggak ada lagi.',
      ),
    );
    expect(a.labels.action.value).toBe(true);
    expect(a.labels.result.value).toBe(true);
  });

  test('every label that is set shows the words that triggered it, at their exact offsets', () => {
    const answers = [
      'Eh, jadi, gue tuh, apa ya, orangnya pekerja keras gitu, kayak, nggak gampang nyerah sih.',
      'Last spring our support backlog hit 600 tickets. I was asked to clear it. I sorted the tickets by product, wrote ten reply templates and trained two interns. The backlog fell to 80 in three weeks.',
      'A good nurse should always stay calm and follow the protocol. You would check the chart first.',
    ];
    for (const answer of answers) {
      const a = analyzeAnswer(
        input(answer, /^[A-Z][a-z]+ [a-z]/.test(answer) && !answer.startsWith('Eh') ? 'en' : 'id'),
      );
      expectEvidence(answer, a);
    }
  });

  test('no number, no quantified: the model cannot invent a measure', () => {
    const a = analyzeAnswer(
      input(
        'Tahun lalu saya memimpin migrasi data pelanggan. Saya memetakan kolom, menulis skrip, dan hasilnya proses tagihan jauh lebih cepat.',
      ),
    );
    expect(a.labels.quantified.value).toBe(false);
  });
});

describe('question fit and register', () => {
  test('topic words of the question are found by stem in the answer', () => {
    expect(
      mentionsTopic('Berapa gaji yang Anda harapkan?', tokenize('Gajinya sekitar delapan juta.')),
    ).toBe(true);
    expect(mentionsTopic('Tell me about a conflict at work.', tokenize('We rarely argued.'))).toBe(
      false,
    );
    expect(mentionsTopic('Perkenalkan diri Anda.', tokenize('Nama saya Rina.'))).toBe(false);
    expect(mentionsTopic('Ceritakan tentang diri Anda.', tokenize('Nama saya Rina.'))).toBe(true);
  });

  test('gue/lo are casual register; aku/kamu and English "lot" are not', () => {
    expect(casualRegister(tokenize('Gue bilang ke lo, itu beres.')).map((e) => e.text)).toEqual([
      'Gue',
      'lo',
    ]);
    expect(casualRegister(tokenize('Aku bilang ke kamu, a lot of it was done.'))).toEqual([]);
  });

  test('chat words read as a message to a friend; speech words do not', () => {
    const found = (text: string) => chatWords(tokenize(text)).map((e) => e.text);
    expect(found('yeah i just google stuff lol, gonna say it was easy tbh')).toEqual([
      'lol',
      'gonna',
      'tbh',
    ]);
    expect(found('Wkwkwk jujur aja anjir, deadline-nya mepet banget')).toEqual(['Wkwkwk', 'anjir']);
    // "nah", "yeah", "kayak" are how people talk; "wk" alone and words that contain "lol" are not chat.
    expect(found('Nah, yeah, kayak biasa saja. I studied Lolita and the WK office.')).toEqual([]);
  });
});

describe('feedback priorities', () => {
  const codes = (answer: string, question: string, language: 'id' | 'en', stage: 'hr' | 'user') => {
    const i = input(answer, language, question, stage);
    return buildFeedback(analyzeAnswer(i), i).improvements.map((p) => p.code);
  };

  test('a chatty non-answer is told its chat words among the first fixes', () => {
    const c = codes(
      'yeah so basically i just google stuff and it works lol. backend is pretty easy honestly, i use whatever the team uses. no big deal.',
      'Tell us about a real time you used “Node.js”: what was the problem, what did you do, and what was the result?',
      'en',
      'user',
    );
    expect(c).toContain('chat_register');
  });

  test('heavy fillers come before missing numbers, even at the user stage', () => {
    const c = codes(
      'Um, so, last year I, like, basically rebuilt our, uh, onboarding emails, you know, and, um, I mean, people, like, finished the setup more often, basically.',
      'Tell me about a project you improved.',
      'en',
      'user',
    );
    expect(c).toContain('cut_fillers');
    if (c.includes('add_numbers'))
      expect(c.indexOf('cut_fillers')).toBeLessThan(c.indexOf('add_numbers'));
  });

  test('"gue/lo" at an interview is named with its words', () => {
    const i = input(
      'Gue sih orangnya santai, lo tanya siapa aja di kantor lama gue pasti bilang gitu.',
      'id',
      'Apa kelebihan Anda?',
    );
    const point = buildFeedback(analyzeAnswer(i), i).improvements.find(
      (p) => p.code === 'formal_register',
    );
    expect(point?.evidence.map((e) => e.text)).toEqual(['Gue', 'lo', 'gue']);
    expect(point?.params).toEqual({ words: '"gue", "lo"' });
  });

  test('the register advice quotes only the casual words the answer used', () => {
    const i = input(
      'Awalnya gue bingung, tapi gue belajar sendiri dari video dan seminggu kemudian lancar.',
      'id',
      'Ceritakan saat Anda harus beradaptasi.',
    );
    const point = buildFeedback(analyzeAnswer(i), i).improvements.find(
      (p) => p.code === 'formal_register',
    );
    expect(point?.params).toEqual({ words: '"gue"' });
  });

  test('an answer that deflects off the topic is told to answer the question first', () => {
    const i = input(
      "I'd rather not get into that. Let's talk about what I can bring to the team instead.",
      'en',
      'Why was there a two-year gap in your employment?',
    );
    const improvements = buildFeedback(analyzeAnswer(i), i).improvements;
    const point = improvements.find((p) => p.code === 'answer_the_question');
    expect(point?.params).toEqual({ question: i.question });
  });

  test('a story question answered with no moment at all is not addressed; a story is', () => {
    const q = 'Ceritakan saat Anda menyelesaikan masalah dengan pelanggan.';
    expect(codes('Saya orangnya sabar dan ramah.', q, 'id', 'hr')).toContain('answer_the_question');
    expect(
      codes(
        'Bulan lalu seorang pelanggan marah karena paketnya telat. Saya menelepon kurir, melacak paketnya, dan mengantarnya sendiri sore itu. Pelanggan itu akhirnya memberi ulasan bintang lima.',
        q,
        'id',
        'hr',
      ),
    ).not.toContain('answer_the_question');
  });
});
