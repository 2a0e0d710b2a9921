import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildFeedback } from '../../src/domain/coach/feedback';
import { tokenize } from '../../src/domain/coach/tokens';
import { asksAtWork, setAtWork } from '../../src/domain/coach/work-context';

// Sentences written for these tests, not taken from any labelled answer.
const atWork = {
  en: 'Tell us about a problem you solved at work.',
  id: 'Ceritakan satu masalah yang berhasil Anda selesaikan di tempat kerja.',
};
const coach = (language: 'id' | 'en', answer: string, question = atWork[language]) => {
  const input: AnswerInput = { language, stage: 'hr', question, answer };
  const analysis = analyzeAnswer(input);
  return { analysis, feedback: buildFeedback(analysis, input) };
};
const codes = (language: 'id' | 'en', answer: string, question?: string) =>
  coach(language, answer, question).feedback.improvements.map((p) => p.code);

const hobbyStories = {
  en: [
    'Last spring our Sunday football club kept losing players because nobody knew when matches were. As captain I had to fix it. I set up a shared calendar, called every player before each match and paired new members with old ones. By the end of the season we had 22 regular players instead of 11.',
    'In my second year at university our faculty music night was two weeks away and the sound system had been double-booked. I chaired the committee, so it was mine to solve. I borrowed speakers from two other faculties and moved the rehearsal to Thursday. The night sold out and we raised 4 million rupiah for charity.',
  ],
  id: [
    'Tahun lalu klub futsal kami di kompleks hampir bubar karena lapangan sering dipakai orang lain. Saya sebagai ketua harus mencari jalan. Saya menghubungi pengelola lapangan, membuat jadwal tetap tiap Sabtu, dan mengumpulkan iuran di awal bulan. Dua bulan kemudian anggota aktif naik dari 8 jadi 20 orang.',
    'Waktu kuliah, acara bazar fakultas kami kekurangan dana seminggu sebelum hari H. Saya bendahara panitianya. Saya menyusun ulang anggaran, mengajak dua sponsor kecil, dan kami bekerja sama membagi tugas jaga stan. Bazar tetap jalan dan kami untung 3 juta rupiah.',
  ],
};

const workStories = {
  en: [
    // a depot / logistics story with no word "work" or "company"
    'Last year at the Cikarang depot our afternoon trucks left late because loading began only after lunch. I was the shift lead. I moved the loading of the two biggest routes to the morning and gave each driver a fixed bay. Within three weeks departures were on time nine days out of ten.',
    'At the clinic a patient was double-booked with another for the same dentist twice in one week. I checked the booking sheet and found two receptionists used different calendars. I merged them into one and we had no double bookings for the next two months.',
    'At the bakery where I worked the morning oven kept failing on Mondays. I traced it to a timer the night crew reset. I wrote a short checklist and the oven ran every Monday after that.',
    'Our customers kept complaining that refunds took a month. I mapped every step with the finance team, removed two approvals and refunds now take five days.',
    'In my internship the weekly sales report took a whole day. I rebuilt it with formulas and it now takes an hour.',
  ],
  id: [
    'Tahun lalu di gudang Cakung, truk sore selalu berangkat telat karena muat barang baru mulai setelah makan siang. Saya pegang shift pagi. Saya pindahkan muat dua rute terbesar ke pagi dan tiap sopir dapat dok sendiri. Tiga minggu kemudian sembilan dari sepuluh hari truk berangkat tepat waktu.',
    'Waktu jadi kasir di minimarket, setoran harian sering selisih. Saya cek struk satu per satu dan ternyata voucher belum dicatat. Saya buat kolom khusus voucher dan selisihnya hilang sebulan kemudian.',
    'Di bengkel tempat saya jadi mekanik, antrean servis motor sering menumpuk hari Senin. Saya usulkan sistem booking lewat WhatsApp dan antrean Senin turun separuh.',
    'Sebagai perawat di bangsal anak, jadwal obat malam sering terlewat. Saya buat papan jadwal di ruang jaga dan tidak ada dosis yang terlewat selama tiga bulan.',
  ],
};

describe('a story from elsewhere to a question about work', () => {
  test.each(['id', 'en'] as const)(
    'a complete hobby or campus story is told to answer with an example from work (%s)',
    (language) => {
      for (const answer of hobbyStories[language]) {
        const { analysis, feedback } = coach(language, answer);
        expect(analysis.labels.situation.value || analysis.labels.action.value, answer).toBe(true);
        const found = feedback.improvements.map((p) => p.code);
        expect(found, answer).toContain('example_from_work');
        expect(found, answer).not.toContain('answer_the_question');
        expect(feedback.summary, answer).toBe('off_question');
      }
    },
  );

  test.each(['id', 'en'] as const)(
    'stories from many jobs, told without the word "work", answer it (%s)',
    (language) => {
      for (const answer of workStories[language]) {
        const found = codes(language, answer);
        expect(found, answer).not.toContain('example_from_work');
        expect(found, answer).not.toContain('answer_the_question');
      }
    },
  );

  test('saying why this example (not worked yet) is enough', () => {
    const [football] = hobbyStories.en;
    const [futsal] = hobbyStories.id;
    expect(
      codes('en', `I am a fresh graduate, so my example is from my club. ${football}`),
    ).not.toContain('example_from_work');
    expect(codes('en', `This one is from outside work. ${football}`)).not.toContain(
      'example_from_work',
    );
    expect(
      codes('id', `Saya belum pernah bekerja, jadi contohnya dari klub. ${futsal}`),
    ).not.toContain('example_from_work');
  });

  test('the same hobby story to a question that is not about work is not told so', () => {
    const [football] = hobbyStories.en;
    const [futsal] = hobbyStories.id;
    expect(codes('en', football ?? '', 'Tell us about a time you led a group.')).not.toContain(
      'example_from_work',
    );
    expect(
      codes('id', futsal ?? '', 'Ceritakan pengalaman Anda memimpin sebuah kelompok.'),
    ).not.toContain('example_from_work');
  });
});

describe('what counts as set at work', () => {
  const at = (text: string) => setAtWork(tokenize(text));

  test('workplaces, people at work, shifts, jobs and occupations', () => {
    for (const text of [
      'I was on the night shift.',
      'My colleague covered for me.',
      'At my previous job I handled returns.',
      'Saya bekerja di sana dua tahun.',
      'Pelanggan itu marah di kasir.',
      'The courier missed the pickup.',
    ])
      expect(at(text), text).toBe(true);
  });

  test('effort, teamwork and praise are not work', () => {
    for (const text of [
      'We did a great job and it worked.',
      'Kami bekerja sama dengan panitia lain.',
      'Semua warga ikut kerja bakti hari Minggu.',
      'The team worked hard on the project for the event.',
      'It was a job well done by the whole club.',
    ])
      expect(at(text), text).toBe(false);
  });

  test('a question about work, and one about teamwork', () => {
    expect(asksAtWork(tokenize(atWork.en))).toBe(true);
    expect(asksAtWork(tokenize(atWork.id))).toBe(true);
    expect(asksAtWork(tokenize('Ceritakan pengalaman Anda bekerja sama dalam tim.'))).toBe(false);
    expect(asksAtWork(tokenize('Ceritakan pengalaman Anda bekerja dalam tim.'))).toBe(false);
    expect(asksAtWork(tokenize('Ceritakan pengalaman Anda bekerja di pabrik.'))).toBe(true);
    expect(asksAtWork(tokenize('Tell us about a time you did a great job.'))).toBe(false);
  });
});
