/** Recording an interview that already took place (a walk-in), in Bahasa Indonesia. */
export const heldInterviewMessagesId = {
  'heldInterview.open': 'Catat interview yang sudah berlangsung',
  'heldInterview.title': 'Catat {stage} yang sudah berlangsung',
  'heldInterview.intro':
    'Untuk kandidat yang sudah diwawancarai, misalnya saat walk-in interview. Tidak ada e-mail, undangan kalender, atau pengingat yang dikirim.',
  'heldInterview.when': 'Tanggal dan jam mulai',
  'heldInterview.whenHint': 'Sudah lewat, dan tidak sebelum hari lamaran masuk.',
  'heldInterview.place': 'Lokasi (opsional)',
  'heldInterview.meetingUrl': 'Tautan meeting (opsional)',
  'heldInterview.notes': 'Catatan (opsional)',
  'heldInterview.submit': 'Catat interview',
  'interviews.event.recorded': '{actor} mencatatnya setelah berlangsung',
  'error.held_in_future': 'Interview ini sudah berlangsung: isi waktu yang sudah lewat.',
  'error.held_before_application': 'Tanggalnya tidak boleh sebelum hari lamaran masuk.',
  'error.meeting_link_invalid': 'Tulis tautannya dengan https://…, atau kosongkan.',
};
