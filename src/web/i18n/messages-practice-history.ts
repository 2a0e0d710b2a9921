/** The practice page's history of attempts and the questions written from a job's terms. */
export const practiceHistoryMessagesId = {
  'practice.history.private':
    'Riwayat ini hanya tersimpan di browser ini. Tidak ada yang dikirim ke perusahaan atau pemberi kerja.',
  'practice.history.attempts': 'Percobaan sebelumnya, terbaru dulu',
  'practice.history.stage.hr': 'Interview HR',
  'practice.history.stage.user': 'Interview user',
  'practice.history.noQuestion': '(tanpa pertanyaan)',
  'practice.history.open': 'Buka',
  'practice.history.close': 'Tutup',
  'practice.history.nothingFlagged': 'Tidak ada yang ditandai',
  'practice.history.more': 'Tampilkan {count} lagi',
  'practice.history.again': 'Latih pertanyaan ini lagi',
  'practice.history.recomputed':
    'Umpan balik dihitung ulang di browser ini dari jawaban yang tersimpan.',
  'practice.question.fromJob':
    'Pertanyaan ini dibuat dari istilah kunci lowongan: {terms} (ditulis seperti di lowongan).',
};
