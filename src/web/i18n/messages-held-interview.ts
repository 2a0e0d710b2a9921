/** Recording an interview that already took place (a walk-in), in Bahasa Indonesia. */
export const heldInterviewMessagesId = {
  'heldInterview.open': 'Catat interview yang sudah berlangsung',
  'heldInterview.title': 'Catat {stage} yang sudah berlangsung',
  'heldInterview.intro':
    'Untuk kandidat yang sudah diwawancarai, misalnya saat walk-in interview. Tidak ada e-mail, undangan kalender, atau pengingat yang dikirim.',
  'heldInterview.when': 'Tanggal dan jam mulai',
  'heldInterview.whenHint':
    'Sudah lewat, dan tidak sebelum kandidat melamar: lamaran dari halaman karier sampai ke menitnya, lamaran yang dicatat HR sampai ke harinya.',
  'heldInterview.place': 'Lokasi (opsional)',
  'heldInterview.meetingUrl': 'Tautan meeting (opsional)',
  'heldInterview.notes': 'Catatan (opsional)',
  'heldInterview.submit': 'Catat interview',
  'heldInterview.correct': 'Koreksi catatan',
  'heldInterview.correctTitle': 'Koreksi catatan {stage}',
  'heldInterview.correctIntro':
    'Perbaiki waktu, durasi, panel, atau tempatnya. Tidak ada e-mail yang dikirim; riwayat interview menyimpan koreksinya.',
  'heldInterview.correctNotes': 'Apa yang dikoreksi (opsional)',
  'heldInterview.correctSubmit': 'Simpan koreksi',
  'heldInterview.remove': 'Hapus catatan ini (salah catat)',
  'heldInterview.removeConfirm':
    'Hapus catatan ini? Tidak ada yang diberi tahu; log audit mencatatnya.',
  'heldInterview.removeYes': 'Ya, hapus',
  'rejectionTold.title': 'Kandidat belum diberi kabar penolakan',
  'rejectionTold.help':
    'Kirim e-mail penolakan di bawah, atau tandai jika Anda sudah memberi tahu kandidat. Menandai tidak mengirim e-mail; portal kandidat lalu menampilkan hasilnya.',
  'rejectionTold.phone': 'Sudah diberi tahu lewat telepon',
  'rejectionTold.in_person': 'Sudah diberi tahu langsung',
  'history.rejectionTold.phone': '{actor} memberi tahu kandidat tentang penolakan lewat telepon',
  'history.rejectionTold.in_person':
    '{actor} memberi tahu kandidat tentang penolakan secara langsung',
  'error.nothing_untold': 'Tidak ada penolakan yang menunggu dikabarkan ke kandidat ini.',
  'interviews.event.recorded': '{actor} mencatatnya setelah berlangsung',
  'interviews.event.corrected': '{actor} mengoreksi catatannya (sebelumnya {from})',
  'error.record_scored':
    'Scorecard untuk interview ini sudah dikirim: koreksi catatannya, jangan dihapus.',
  'error.not_a_record': 'Catatan ini tidak bisa dikoreksi lagi.',
  'error.held_in_future': 'Interview ini sudah berlangsung: isi waktu yang sudah lewat.',
  'error.held_before_applied': 'Waktunya tidak boleh sebelum kandidat melamar.',
  'error.held_before_application': 'Tanggalnya tidak boleh sebelum hari lamaran masuk.',
  'error.meeting_link_invalid': 'Tulis tautannya dengan https://…, atau kosongkan.',
};
