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

export const settingsMessagesEn: Record<keyof typeof settingsMessagesId, string> = {
  'nav.settings': 'Settings',
  'settings.title': 'Settings',
  'settings.none': 'There are no settings you can change.',
  'settings.hiring': 'Hiring process',
  'settings.company': 'Company',
  'settings.people': 'Users, messages and data',
  'nav.templates.about':
    'The default purpose, questions and scorecard of the HR and user interviews.',
  'nav.emailTemplates.about': 'What candidates receive by e-mail, in Indonesian and English.',
  'nav.offerSettings.about': 'Minimum wages, the approval rule and the offer letter.',
  'nav.brand.about': 'The name, logo and colour candidates see; WhatsApp templates.',
  'nav.integrations.about': 'API tokens and webhooks for other tools.',
  'nav.users.about': 'Invite colleagues, set roles, deactivate accounts.',
  'nav.outbox.about': 'E-mails sent, waiting or failed.',
  'nav.dataRequests.about': "Candidates' requests to see or erase their data (UU PDP).",
  'nav.auditLog.about': 'Who changed what, and when.',
};
