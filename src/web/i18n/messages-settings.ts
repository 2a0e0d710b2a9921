/** The settings home: one page that gathers the pages visited now and then. */
export const settingsMessagesId = {
  'nav.settings': 'Pengaturan',
  'settings.title': 'Pengaturan',
  'settings.none': 'Tidak ada pengaturan yang bisa Anda ubah.',
  'settings.hiring': 'Proses rekrutmen',
  'settings.company': 'Perusahaan',
  'settings.people': 'Pengguna, pesan dan data',
  'nav.templates.about': 'Tujuan, pertanyaan dan scorecard bawaan interview HR dan user.',
  'nav.emailTemplates.about': 'Isi e-mail ke kandidat, dalam Bahasa Indonesia dan Inggris.',
  'nav.offerSettings.about': 'Upah minimum, aturan persetujuan dan isi surat penawaran.',
  'nav.brand.about': 'Nama, logo dan warna yang dilihat kandidat; template WhatsApp.',
  'nav.integrations.about': 'Token API dan webhook untuk aplikasi lain.',
  'nav.users.about': 'Undang rekan kerja, atur peran, nonaktifkan akun.',
  'nav.outbox.about': 'E-mail yang terkirim, menunggu atau gagal.',
  'nav.dataRequests.about': 'Permintaan akses dan penghapusan data dari kandidat (UU PDP).',
  'nav.auditLog.about': 'Siapa mengubah apa, dan kapan.',
} as const;
