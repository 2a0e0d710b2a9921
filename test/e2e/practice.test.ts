import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

/** A phone on the HR-stage practice page, in `locale`, with `answer` typed and its feedback shown. */
async function hrFeedbackOn(locale: 'id' | 'en', answer: string) {
  const page = await session.newPage({ locale, width: 375, at: '/practice?stage=hr' });
  if (locale === 'en') await page.getByLabel('Answer language').selectOption('en');
  await page.getByLabel(locale === 'en' ? 'Your answer' : 'Jawaban Anda').fill(answer);
  await page
    .getByRole('button', { name: locale === 'en' ? 'Get feedback' : 'Lihat umpan balik' })
    .click();
  const feedback = page.locator('section.feedback');
  await feedback.waitFor();
  return { page, feedback };
}

test('a job seeker practises the user interview on a phone, without an account, and sees the evidence marked', async () => {
  const page = await session.newPage({ locale: 'id', width: 375, at: '/practice' });
  await page.getByRole('heading', { name: 'Latihan interview' }).waitFor();
  await page.getByLabel('Tahap').selectOption('user');
  await page.getByLabel('Lowongan').selectOption({ label: 'Data Analyst · Data' });
  await expect.poll(() => page.locator('.practice').textContent()).toContain('Istilah kunci: SQL');
  await expect.poll(() => page.locator('.practice__question').textContent()).not.toBe('');

  await page
    .getByLabel('Jawaban Anda')
    .fill(
      'Bulan Maret lalu di perusahaan ritel tempat saya bekerja, laporan penjualan mingguan selalu terlambat dua hari. ' +
        'Saya ditugaskan mempercepatnya. Saya menulis query SQL baru dan membuat dashboard di Looker Studio yang diperbarui otomatis. ' +
        'Hasilnya laporan siap setiap Senin pagi dan waktu penyusunan turun dari 6 jam menjadi 30 menit.',
    );
  await page.getByRole('button', { name: 'Lihat umpan balik' }).click();
  const feedback = page.locator('section.feedback');
  await feedback.waitFor();
  expect(await feedback.locator('.feedback__summary').textContent()).not.toBe('');
  expect(await feedback.textContent()).toContain('Anda memakai angka');
  // The numbers are marked in the answer as evidence.
  await feedback
    .getByRole('listitem')
    .filter({ hasText: 'Anda memakai angka' })
    .getByRole('button', { name: 'Tandai di jawaban' })
    .click();
  const marked = await feedback.locator('mark.evidence--focus').allTextContents();
  expect(marked).toEqual(expect.arrayContaining(['6', '30']));
  await session.screenshot(page, 'practice-feedback-id-phone');

  // A second, weaker attempt is kept in the browser and compared with the first.
  await page
    .getByLabel('Jawaban Anda')
    .fill('Saya orangnya pekerja keras dan cepat belajar, jadi pasti bisa.');
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect.poll(() => page.locator('.feedback__summary').textContent()).toContain('masih umum');
  expect(await page.locator('#history-title ~ .table-scroll tbody tr').count()).toBe(2);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    ),
  ).toBe(true);
});

test('the practice page in English, at phone width, flags badmouthing at the HR stage', async () => {
  const { page, feedback } = await hrFeedbackOn(
    'en',
    'I left because my old boss was incompetent and the company treated everyone badly. Honestly the whole place was a mess.',
  );
  expect(await feedback.locator('.feedback__summary').textContent()).toContain(
    'could count against you',
  );
  expect(await feedback.locator('.feedback-list').first().textContent()).toContain(
    'Do not badmouth',
  );
  expect(await feedback.locator('mark.evidence--bad').count()).toBeGreaterThan(0);
  await session.screenshot(page, 'practice-feedback-en-phone');
});

test('an answer with nothing to detect says so under "what was detected" (id and en, phone)', async () => {
  const { page, feedback } = await hrFeedbackOn(
    'id',
    // A bare claim with no story, no filler and no red flag (a story, however plain, is found).
    'Saya rasa saya bisa beradaptasi dengan cepat.',
  );
  const detected = feedback.getByRole('heading', { name: 'Yang terdeteksi' });
  expect(await detected.locator('+ *').textContent()).toContain('Tidak ada yang terdeteksi');
  expect(await feedback.locator('.tag').count()).toBe(0);
  await detected.scrollIntoViewIfNeeded();
  await session.screenshot(page, 'practice-nothing-detected-id-phone');
  const en = await hrFeedbackOn('en', 'I think I can adapt.');
  const detectedEn = en.feedback.getByRole('heading', { name: 'What was detected' });
  expect(await detectedEn.locator('+ *').textContent()).toContain('Nothing found');
  await detectedEn.scrollIntoViewIfNeeded();
  await session.screenshot(en.page, 'practice-nothing-detected-en-phone');
});

test('an answer recorded with the microphone plays back locally and gets a words-per-minute figure', async () => {
  const page = await session.newPage({ locale: 'en', width: 375 });
  // The page's clock runs as usual but can be moved on, so the recording lasts 6.5 s on it
  // without the test waiting for them (a words-per-minute figure needs more than 5 s).
  await page.clock.install();
  await page.goto(`${session.baseUrl}/practice?stage=hr`);
  await page.getByLabel('Answer language').selectOption('en');
  await page.getByRole('button', { name: 'Record voice' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Recording');
  await page.clock.fastForward(6500);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('.voice audio').waitFor();
  expect(await page.locator('.voice audio').getAttribute('src')).toMatch(/^blob:/);
  // No speech recognition was asked for, so the user types (or corrects) the transcript.
  await page
    .getByLabel('Your answer')
    .fill(
      'Last year at my previous job I led a small team of three people and we cut the support backlog from 200 tickets to 40 in one month.',
    );
  await page.getByRole('button', { name: 'Get feedback' }).click();
  await expect.poll(() => page.locator('.metrics').textContent()).toMatch(/\d+ words per minute/);
});

test('a casual Jakarta answer is told about "gue/lo", and a sarcastic English one about badmouthing', async () => {
  const { page, feedback } = await hrFeedbackOn(
    'id',
    'Eh, jadi gini, gue tuh orangnya santai sih, kayak, lo tanya aja temen-temen gue di kafe dulu. ' +
      'Gue bisa kerja di bawah tekanan gitu, pokoknya beres lah.',
  );
  const fixes = feedback.locator('.feedback-list').first();
  expect(await fixes.textContent()).toContain('terlalu santai untuk wawancara');
  await fixes
    .getByRole('listitem')
    .filter({ hasText: 'terlalu santai' })
    .getByRole('button', { name: 'Tandai di jawaban' })
    .click();
  expect(await feedback.locator('mark.evidence--focus').allTextContents()).toEqual(
    expect.arrayContaining(['gue', 'lo']),
  );
  await session.screenshot(page, 'practice-feedback-casual-id-phone');

  const { page: en, feedback: enFeedback } = await hrFeedbackOn(
    'en',
    'My last manager was a real "genius". He changed the targets every Friday and only cared about ' +
      'looking good in front of the directors, so nobody on the team bothered to plan anymore.',
  );
  expect(await enFeedback.locator('.feedback-list').first().textContent()).toContain(
    'Do not badmouth',
  );
  await session.screenshot(en, 'practice-feedback-sarcasm-en-phone');
});

test('a claim is named with the sentence of the story that shows it, or as unshown (id and en, phone)', async () => {
  const { page, feedback } = await hrFeedbackOn(
    'id',
    'Jadi gini Kak, gue orangnya teliti banget. Waktu magang di distributor tahun lalu, gue ngecek ulang ' +
      'semua surat jalan tiap sore dan nemu 12 alamat yang salah sebelum barangnya dikirim. Terus gue juga pekerja keras sih.',
  );
  const text = await feedback.textContent();
  expect(text).toContain('Klaim "gue orangnya teliti" dibuktikan oleh cerita Anda');
  expect(text).toContain('ngecek ulang');
  await session.screenshot(page, 'practice-claims-casual-id-phone');

  const { page: en, feedback: enFeedback } = await hrFeedbackOn(
    'en',
    "Oh, my old team lead was a real visionary, let's just say. He'd approve a plan on Monday and forget it " +
      "by Wednesday, and somehow the missed deadlines were always everyone else's problem.",
  );
  expect(await enFeedback.locator('.feedback-list').first().textContent()).toContain(
    'Do not badmouth',
  );
  await session.screenshot(en, 'practice-sarcasm-visionary-en-phone');
});

test('a sarcastic answer is not praised as calm and is told about its tone (en and casual id, phone)', async () => {
  const { page: en, feedback: enFeedback } = await hrFeedbackOn(
    'en',
    'Oh sure, I just love working weekends for free. At the agency I put together the monthly ' +
      'campaign reports for four clients and sent them out every first Monday, and I want a place ' +
      'where that kind of planning is the normal way of working.',
  );
  const enText = await enFeedback.textContent();
  expect(enText).toContain('This sounds sarcastic');
  expect(enText).not.toContain('you sound calm and clear');
  await session.screenshot(en, 'practice-tone-sarcasm-en-phone');

  const { page, feedback } = await hrFeedbackOn(
    'id',
    'Jadi gini Kak, katanya bonus tahunan bakal cair bulan depan, ya kali. Aku seneng banget lembur ' +
      'tiap Sabtu buat nyiapin laporan stok gudang, terus aku rapihin format laporannya biar tim ' +
      'nggak bingung tiap akhir bulan.',
  );
  expect(await feedback.textContent()).toContain('terdengar menyindir');
  await session.screenshot(page, 'practice-tone-sarcasm-casual-id-phone');
});

test('one answer is one attempt in the history, whatever the window does (resize to a phone and back, reload)', async () => {
  const page = await session.newPage({ locale: 'id', width: 1280, at: '/practice?stage=hr' });
  await expect.poll(() => page.locator('.practice__question').textContent()).not.toBe('');
  await page
    .getByLabel('Jawaban Anda')
    .fill(
      'Tahun lalu saya memimpin tim tiga orang dan memangkas antrean tiket dari 200 menjadi 40.',
    );
  await page.getByRole('button', { name: 'Lihat umpan balik' }).click();
  await page.locator('section.feedback').waitFor();
  const stored = () =>
    page.evaluate(
      () => (JSON.parse(localStorage.getItem('seleksi.practice.history') ?? '[]') as []).length,
    );
  expect(await stored()).toBe(1);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(300);
  // Asking again about the same, unchanged answer shows its feedback but is not a new attempt.
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await page.locator('section.feedback').waitFor();
  expect(await stored()).toBe(1);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(300);
  expect(await stored()).toBe(1);
  await page.reload();
  await page.getByRole('heading', { name: 'Riwayat latihan (tersimpan di browser ini)' }).waitFor();
  expect(await stored()).toBe(1);
});

/** On `page`, types `answer` to the question on screen and asks for feedback; returns the question. */
async function answerShownQuestion(page: Page, locale: 'id' | 'en', answer: string) {
  await expect.poll(() => page.locator('.practice__question').textContent()).not.toBe('');
  const question = (await page.locator('.practice__question').textContent())!;
  await page.getByLabel(locale === 'en' ? 'Your answer' : 'Jawaban Anda').fill(answer);
  await page
    .locator('.practice button.button--primary')
    .filter({ hasText: locale === 'en' ? /Get feedback|Try again/ : /Lihat umpan balik|Coba lagi/ })
    .click();
  await page.locator('section.feedback').waitFor();
  return question;
}

const fitsThePhone = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('the history lists every attempt newest first, opens one again and practises its question again (id, phone)', async () => {
  const page = await session.newPage({ locale: 'id', width: 375, at: '/practice?stage=hr' });
  const first = await answerShownQuestion(
    page,
    'id',
    'Tahun lalu di gudang distributor tempat saya bekerja, saya memimpin tim tiga orang dan memangkas antrean pesanan dari 200 menjadi 40 dalam sebulan.',
  );
  await page.getByRole('button', { name: 'Pertanyaan lain' }).click();
  await expect.poll(() => page.locator('.practice__question').textContent()).not.toBe(first);
  const second = await answerShownQuestion(
    page,
    'id',
    'Saya orangnya pekerja keras dan cepat belajar, jadi pasti bisa.',
  );

  const history = page.locator('section[aria-labelledby="history-title"]');
  expect(await history.textContent()).toContain(
    'Tidak ada yang dikirim ke perusahaan atau pemberi kerja',
  );
  const items = history.locator('.attempt-list > li');
  await expect.poll(() => items.count()).toBe(2);
  // Newest first: the weak answer to the second question, with its flag in short.
  expect(await items.nth(0).locator('.attempt__question').textContent()).toBe(second);
  expect(await items.nth(0).locator('.attempt__meta').textContent()).toMatch(
    /Interview HR · \d+ kata/,
  );
  expect(await items.nth(0).locator('.tag--bad').allTextContents()).toContain(
    'Klaim umum tanpa bukti',
  );
  expect(await items.nth(1).locator('.attempt__question').textContent()).toBe(first);
  // Two different questions: nothing to compare side by side yet.
  expect(await page.locator('#history-title ~ .table-scroll').count()).toBe(0);

  // The older attempt opens with its answer and its feedback again.
  await items.nth(1).getByRole('button', { name: 'Buka' }).click();
  const opened = items.nth(1).locator('.feedback-past');
  expect(await opened.locator('.highlighted-answer').textContent()).toContain(
    'dari 200 menjadi 40',
  );
  expect(await opened.textContent()).toContain('Anda memakai angka');
  expect(
    await items.nth(1).getByRole('button', { name: 'Tutup' }).getAttribute('aria-expanded'),
  ).toBe('true');
  expect(await fitsThePhone(page)).toBe(true);
  await session.screenshot(page, 'practice9-history-opened-id-phone');

  // Practising it again brings its question back with an empty answer; the two attempts compare.
  await items.nth(1).getByRole('button', { name: 'Latih pertanyaan ini lagi' }).click();
  await expect.poll(() => page.locator('.practice__question').textContent()).toBe(first);
  expect(await page.getByLabel('Jawaban Anda').inputValue()).toBe('');
  await answerShownQuestion(
    page,
    'id',
    'Di distributor tempat saya bekerja, antrean pesanan menumpuk. Saya membagi tugas tim tiga orang per wilayah dan antrean turun dari 200 menjadi 40 dalam sebulan.',
  );
  await expect.poll(() => items.count()).toBe(3);
  expect(await items.nth(0).locator('.attempt__question').textContent()).toBe(first);
  expect(await page.locator('#history-title ~ .table-scroll tbody tr').count()).toBe(2);
  expect(await fitsThePhone(page)).toBe(true);
  await session.screenshot(page, 'practice9-history-compare-id-phone');
});

test('in English the history says it stays in the browser, and a job gives questions from its terms (phone)', async () => {
  const page = await session.newPage({ locale: 'en', width: 375, at: '/practice' });
  await page.getByLabel('Answer language').selectOption('en');
  await page.getByLabel('Stage').selectOption('user');
  await page.getByLabel('Job').selectOption({ label: 'Data Analyst · Data' });
  // The first question is written from the job's first key term, and says so.
  await expect.poll(() => page.locator('.practice__question').textContent()).toContain('“SQL”');
  expect(await page.locator('.practice').textContent()).toContain(
    "Written from the job's key terms: SQL",
  );
  const question = await answerShownQuestion(
    page,
    'en',
    'Last March the weekly sales report was always two days late, so I wrote a new SQL query and a Looker Studio dashboard; the report now takes 30 minutes instead of 6 hours.',
  );
  const history = page.locator('section[aria-labelledby="history-title"]');
  expect(await history.textContent()).toContain(
    'This history is kept only in this browser. Nothing is sent to the company or the employer.',
  );
  expect(
    await history.getByRole('heading', { name: 'Earlier attempts, newest first' }).count(),
  ).toBe(1);
  const item = history.locator('.attempt-list > li').first();
  expect(await item.locator('.attempt__question').textContent()).toBe(question);
  expect(await item.locator('.attempt__meta').textContent()).toMatch(/User interview · \d+ words/);
  await item.getByRole('button', { name: 'Open' }).click();
  expect(await item.locator('.feedback-past').textContent()).toContain('SQL');
  expect(await fitsThePhone(page)).toBe(true);
  await session.screenshot(page, 'practice9-history-opened-en-phone');
  await item.getByRole('button', { name: 'Practise this question again' }).click();
  await expect.poll(() => page.locator('.practice__question').textContent()).toBe(question);
  expect(await page.getByLabel('Job').inputValue()).not.toBe('');
});

test('a new answer gets its own marks: the evidence shown for the previous answer is not left over the new text', async () => {
  const { page, feedback } = await hrFeedbackOn(
    'id',
    'Tahun lalu di gudang distributor tempat saya magang, pengiriman sering salah alamat. Saya mengecek ulang ' +
      'semua surat jalan tiap sore, dan dalam 3 bulan salah kirim turun dari 40 menjadi 5 per bulan.',
  );
  await feedback
    .getByRole('listitem')
    .filter({ hasText: 'Anda memakai angka' })
    .getByRole('button', { name: 'Tandai di jawaban' })
    .click();
  expect(await feedback.locator('mark.evidence--focus').allTextContents()).toEqual(
    expect.arrayContaining(['40', '5']),
  );

  // A longer, different answer: nothing of it is marked until its own evidence is asked for.
  const second =
    'Hambatan paling sering adalah brief yang berubah mendadak. Bulan lalu klien mengganti brief dua hari ' +
    'sebelum tayang; saya langsung menyusun ulang content plan bersama desainer dan artikel tetap tayang tepat waktu ' +
    'karena kami membagi pekerjaan per bagian dan saling memeriksa hasilnya sebelum dikirim ke klien.';
  await page.getByLabel('Jawaban Anda').fill(second);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect.poll(() => feedback.locator('.highlighted-answer').textContent()).toBe(second);
  expect(await feedback.locator('mark.evidence--focus').count()).toBe(0);
  expect(await feedback.locator('[aria-pressed="true"]').count()).toBe(0);
});

test('switching the page to English switches the answer language and the question, until one is picked', async () => {
  const page = await session.newPage({ locale: 'id', width: 375, at: '/practice' });
  const language = page.getByLabel('Bahasa jawaban');
  await expect.poll(() => language.inputValue()).toBe('id');
  const question = page.locator('.practice__question');
  await expect.poll(() => question.textContent()).not.toBe('');
  const indonesian = await question.textContent();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  const answerLanguage = page.getByLabel('Answer language');
  await expect.poll(() => answerLanguage.inputValue()).toBe('en');
  await expect.poll(() => question.textContent()).not.toBe(indonesian);
  // A language picked by hand stays when the page's changes.
  await answerLanguage.selectOption('id');
  await page.getByRole('button', { name: 'ID', exact: true }).click();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect.poll(() => page.getByLabel('Answer language').inputValue()).toBe('id');
});

test('the heading over the fixes fits any number of fixes (id and en, phone)', async () => {
  for (const [locale, answer, heading] of [
    ['id', 'Saya rasa saya bisa beradaptasi dengan cepat.', 'Yang perlu diperbaiki'],
    ['en', 'I think I can adapt.', 'What to improve'],
  ] as const) {
    const { page, feedback } = await hrFeedbackOn(locale, answer);
    expect(await feedback.locator('h3').first().textContent()).toBe(heading);
    expect(await feedback.textContent()).not.toMatch(/Tiga hal|Three things/);
    await page.context().close();
  }
});
