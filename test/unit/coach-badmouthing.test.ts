import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { findBadmouthing } from '../../src/domain/coach/badmouthing';
import { buildContext } from '../../src/domain/coach/context';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

// Sentences written for these tests, not taken from any labelled answer.
const input = (answer: string, language: 'id' | 'en'): AnswerInput => ({
  language,
  stage: 'hr',
  question: language === 'id' ? 'Ceritakan pengalaman kerja Anda.' : 'Tell me about your last job.',
  answer,
});
const found = (answer: string, language: 'id' | 'en') =>
  findBadmouthing(buildContext(input(answer, language))).map((e) => e.text);
const flagged = (answer: string, language: 'id' | 'en') =>
  ruleLabels(buildContext(input(answer, language))).labels.negativeFormer.value;

describe('badmouthing by structure: a party of the past job judged', () => {
  test('an insult or complaint with the employer as subject', () => {
    expect(found('My previous supervisor was frankly lazy about approvals.', 'en')).toContain(
      'lazy',
    );
    expect(found('Atasan saya yang lama itu pemalas, semua dilempar ke staf.', 'id')).toContain(
      'pemalas',
    );
    expect(flagged('Kantor gue dulu berantakan banget, SOP aja nggak ada.', 'id')).toBe(true);
  });

  test('pronouns and "there" point back to the past job once it is named', () => {
    const en = 'I spent three years at my old agency. Honestly, they never paid on time.';
    expect(found(en, 'en').join(' ')).toMatch(/they/);
    const id = 'Dulu aku kerja di perusahaan logistik lama. Mereka nggak pernah menghargai lembur.';
    expect(found(id, 'id').join(' ')).toMatch(/Mereka/);
    expect(flagged('At my last firm, people there were arrogant and petty.', 'en')).toBe(true);
  });

  test('a habitual hostile act and blame words', () => {
    expect(flagged('Bos saya sebelumnya selalu membentak staf di depan tamu.', 'id')).toBe(true);
    expect(flagged('My former manager was always yelling at the juniors.', 'en')).toBe(true);
    expect(flagged('Proyek itu mundur gara-gara manajer lama saya.', 'id')).toBe(true);
    expect(flagged('The launch slipped and honestly that was the fault of management.', 'en')).toBe(
      true,
    );
  });

  test('blame shifted: the candidate failed, someone else is the cause', () => {
    expect(flagged('Karena tim saya telat kirim data, jadi saya telat lapor ke klien.', 'id')).toBe(
      true,
    );
    expect(flagged('I missed the deadline because the designers did not deliver.', 'en')).toBe(
      true,
    );
    expect(flagged('Akhirnya saya yang disalahkan atas selisih stok itu.', 'id')).toBe(true);
    expect(flagged('Saya dijadikan kambing hitam waktu audit.', 'id')).toBe(true);
    expect(flagged('In the end I got blamed for the outage.', 'en')).toBe(true);
    expect(flagged("It wasn't my fault. The warehouse team packed the wrong items.", 'en')).toBe(
      true,
    );
  });
});

describe('near misses: not badmouthing', () => {
  test('neutral reasons for leaving', () => {
    expect(flagged('I left my previous company because my contract ended in March.', 'en')).toBe(
      false,
    );
    expect(flagged('My old employer closed its Surabaya branch, so I relocated.', 'en')).toBe(
      false,
    );
    expect(
      flagged('Saya keluar dari kantor lama karena ingin berkembang di bidang data.', 'id'),
    ).toBe(false);
    expect(flagged('Perusahaan sebelumnya tutup karena pandemi, jadi saya cari kerja.', 'id')).toBe(
      false,
    );
  });

  test('criticism owned by the speaker, with a remedy of their own', () => {
    expect(
      flagged(
        'The onboarding at my last team was chaotic, so I wrote a checklist and it stuck.',
        'en',
      ),
    ).toBe(false);
    expect(
      flagged('Alur kerja di kantor lama agak berantakan, jadi saya usulkan papan tugas.', 'id'),
    ).toBe(false);
  });

  test('praise of the former employer, even with "never"', () => {
    expect(
      flagged('My former boss never let a sloppy report through, and I learned a lot.', 'en'),
    ).toBe(false);
    expect(flagged('Atasan saya dulu sangat mendukung dan saya banyak belajar.', 'id')).toBe(false);
  });

  test("a customer's problem is not the employer's", () => {
    expect(
      flagged(
        'At my previous job a customer was rude to me. He never listened, so I stayed calm.',
        'en',
      ),
    ).toBe(false);
    expect(
      flagged(
        'Di kantor lama ada pelanggan yang marah. Dia nggak pernah dengerin penjelasan, jadi saya tunjukkan datanya.',
        'id',
      ),
    ).toBe(false);
  });

  test('owning a failure, without blaming anyone', () => {
    expect(flagged('I missed the deadline because I underestimated the testing.', 'en')).toBe(
      false,
    );
    expect(flagged('Saya telat karena saya salah hitung waktu, dan itu salah saya.', 'id')).toBe(
      false,
    );
  });
});

describe('whole answers to "why did you leave"', () => {
  const why = (answer: string, language: 'id' | 'en') =>
    ruleLabels(
      buildContext({
        language,
        stage: 'hr',
        question:
          language === 'id'
            ? 'Kenapa Anda keluar dari pekerjaan sebelumnya?'
            : 'Why did you leave your last job?',
        answer,
      }),
    ).labels.negativeFormer.value;
  const badmouthing: [string, 'id' | 'en'][] = [
    [
      'Jujur aja, saya resign karena manajer saya yang dulu tuh nggak pernah ngasih arahan, maunya semua beres sendiri.',
      'id',
    ],
    [
      'Di tempat kerja sebelumnya, HRD-nya lambat banget ngurus apa-apa, gaji aja sering telat.',
      'id',
    ],
    ['Yang bikin saya keluar ya atasannya sih, orangnya suka cari-cari kesalahan anak buah.', 'id'],
    [
      'Tim saya dulu kurang kompak, banyak yang cuma numpang nama, kerjaan saya yang nanggung.',
      'id',
    ],
    ['My last boss had no idea what he was doing, so most of the planning fell on me.', 'en'],
    [
      'Honestly the management at my previous company only cared about numbers and treated us like machines.',
      'en',
    ],
    [
      'The people there were pretty negative, and my supervisor played favourites all the time.',
      'en',
    ],
    [
      'I left because my manager kept taking credit for my work and never backed the team in meetings.',
      'en',
    ],
    [
      'We missed the launch, but that was on the QA team, they signed off without testing anything.',
      'en',
    ],
    [
      'Target kuartal itu nggak tercapai karena bagian gudang lambat kirim barang, bukan karena saya.',
      'id',
    ],
    ['Kantor lama saya itu manajemennya nggak becus, tiap minggu prioritas ganti.', 'id'],
    [
      'My previous employer was a sinking ship run by people who never listened to anyone below them.',
      'en',
    ],
  ];
  const notBadmouthing: [string, 'id' | 'en'][] = [
    [
      'Saya keluar dari perusahaan sebelumnya karena kontrak saya selesai dan saya ingin mencoba bidang baru.',
      'id',
    ],
    [
      'Atasan saya dulu tegas tapi adil, dari beliau saya belajar menyusun laporan yang rapi.',
      'id',
    ],
    [
      'Prosesnya di kantor lama memang lambat, jadi saya bikin template supaya persetujuan lebih cepat.',
      'id',
    ],
    [
      'Ada klien yang sering marah-marah dan nggak pernah bayar tepat waktu, jadi saya buat jadwal penagihan.',
      'id',
    ],
    [
      'My previous company was acquired and the whole team was moved to Singapore, so I stayed in Jakarta.',
      'en',
    ],
    [
      'My old manager was demanding, but he always explained why, and that made me better at planning.',
      'en',
    ],
    [
      'The release process at my last job was slow, so I proposed automating the checks and it cut a day.',
      'en',
    ],
    [
      'A patient at the clinic was very rude and never followed instructions, so I asked the doctor to explain again.',
      'en',
    ],
    [
      'I was late on that report because I underestimated the data cleaning. Since then I plan a buffer.',
      'en',
    ],
    [
      'Perusahaan tempat saya bekerja dulu tutup saat pandemi, jadi saya pindah ke bidang logistik.',
      'id',
    ],
    ['My team lead never micromanaged us, he trusted us and I learned to own my work.', 'en'],
    [
      'Kami sempat telat satu minggu karena vendor telat kirim, jadi saya atur ulang jadwal instalasi dan tetap selesai sesuai kontrak.',
      'id',
    ],
  ];
  test.each(badmouthing)('badmouthing: %s', (answer, language) => {
    expect(why(answer, language)).toBe(true);
  });
  test.each(notBadmouthing)('not badmouthing: %s', (answer, language) => {
    expect(why(answer, language)).toBe(false);
  });
});
