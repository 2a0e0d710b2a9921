/** The talent pool: consent to be considered for other openings, asked and answered. */
export const talentPoolMessagesId = {
  'talentPool.title': 'Talent pool',
  'search.talentPoolMembers': 'Anggota talent pool',
  'talentPool.member':
    'Bergabung dengan talent pool sejak {date}: boleh dipertimbangkan untuk lowongan lain.',
  'talentPool.left':
    'Keluar dari talent pool pada {date}: jangan pertimbangkan untuk lowongan lain.',
  'talentPool.oneRecruitment':
    'Kandidat ini hanya mengizinkan datanya dipakai untuk lowongan yang ia lamar. Untuk mempertimbangkannya di lowongan lain, tanyakan dulu apakah ia mau bergabung dengan talent pool.',
  'talentPool.jobToName': 'Lowongan yang ditawarkan',
  'talentPool.invite': 'Kirim ajakan lewat e-mail',
  'talentPool.waiting':
    'Ajakan terkirim {sent}. Tautannya berlaku sampai {until}; Anda dikabari lewat e-mail saat kandidat menjawab.',
  'talentPool.declined': 'Kandidat menolak pada {date}. Ajakan baru bisa dikirim mulai {again}.',
  'talentPool.ended':
    'Ajakan tanggal {sent} berakhir tanpa jawaban: e-mailnya tidak sampai ke kandidat (belum ada server e-mail, atau pengiriman gagal) atau tautannya kedaluwarsa. Anda boleh mengajak lagi.',
  'talentPool.recordLeft': 'Catat permintaan keluar dari talent pool',
  'talentPool.confirmLeftTitle': 'Keluar dari talent pool?',
  'talentPool.confirmLeft':
    'Catat bahwa kandidat minta keluar dari talent pool? Sesudah ini Anda tidak bisa mengajaknya lagi.',

  'consent.recruitment': 'Persetujuan rekrutmen: {date}, pemberitahuan privasi versi {version}',
  'consent.talent_pool': 'Persetujuan talent pool: {date}, pemberitahuan privasi versi {version}',
  'consent.withdrawn': 'ditarik {date}',
  'consent.imported':
    'Data diimpor HR pada {date}; kandidat belum menyatakan persetujuan dan belum melihat pemberitahuan privasi (versi {version} berlaku).',

  'consent.added':
    'Data dimasukkan HR pada {date}; kandidat belum menyatakan persetujuan dan belum melihat pemberitahuan privasi.',
  'consent.addedNoticeSent':
    'Data dimasukkan HR pada {date}; pemberitahuan privasi dikirim ke kandidat pada {sentAt}; kandidat belum menanggapinya atau menyatakan persetujuan.',
  'consent.addedNoticeQueued':
    'Data dimasukkan HR pada {date}; pemberitahuan privasi masih di kotak keluar, belum terkirim; kandidat belum menyatakan persetujuan.',
  'consent.importedNoticeSent':
    'Data diimpor HR pada {date}; pemberitahuan privasi (versi {version}) dikirim ke kandidat pada {sentAt}; kandidat belum menanggapinya atau menyatakan persetujuan.',
  'consent.importedNoticeQueued':
    'Data diimpor HR pada {date}; pemberitahuan privasi (versi {version}) masih di kotak keluar, belum terkirim; kandidat belum menyatakan persetujuan.',

  'apply.talentPool':
    'Opsional: simpan data saya di talent pool (daftar kandidat yang boleh dihubungi saat ada lowongan lain yang cocok) agar saya bisa dipertimbangkan untuk lowongan lain di perusahaan ini. Bisa saya tarik kapan saja.',

  'portal.pool.title': 'Lowongan lain',
  'portal.pool.member':
    'Anda ada di talent pool kami: kami boleh mempertimbangkan Anda untuk lowongan lain.',
  'portal.pool.notMember':
    'Anda tidak ada di talent pool kami, jadi kami tidak akan mempertimbangkan Anda untuk lowongan lain. Talent pool adalah daftar kandidat yang boleh kami hubungi saat ada lowongan yang cocok. Mau bergabung?',
  'portal.pool.join': 'Ya, simpan data saya di talent pool',
  'portal.pool.leave': 'Keluar dari talent pool',

  'pool.invite.title': 'Boleh kami pertimbangkan Anda untuk lowongan lain?',
  'pool.invite.greeting': 'Halo {name},',
  'pool.invite.intro':
    '{company} membuka posisi {job} yang mungkin cocok untuk Anda. Saat melamar, Anda mengizinkan data Anda dipakai hanya untuk lowongan yang Anda lamar.',
  'pool.invite.what':
    'Talent pool adalah daftar kandidat yang boleh kami hubungi saat ada lowongan yang cocok. Jika Anda setuju, data Anda (nama, kontak, CV dan hasil proses sebelumnya) disimpan di sana dan tim HR boleh mempertimbangkan Anda untuk posisi ini dan lowongan lain; setiap kali, Anda dikabari lewat e-mail. Data disimpan paling lama {months} bulan setelah proses terakhir Anda selesai. Anda bisa keluar kapan saja lewat halaman lamaran Anda.',
  'pool.invite.version': 'Pemberitahuan privasi versi {version}.',
  'pool.invite.expires': 'Tautan ini berlaku sampai {date}.',
  'pool.invite.agree': 'Ya, saya setuju',
  'pool.invite.decline': 'Tidak, terima kasih',
  'pool.invite.agreed':
    'Terima kasih. Anda ada di talent pool kami; tim HR akan menghubungi Anda bila ada lowongan yang cocok.',
  'pool.invite.declined': 'Baik, kami tidak akan memakai data Anda untuk lowongan lain.',
  'pool.invite.member':
    'Anda ada di talent pool kami. Untuk keluar kapan saja, buka halaman lamaran Anda (tautannya ada di e-mail dari kami).',
  'pool.invite.left':
    'Anda sudah keluar dari talent pool kami; kami tidak akan mempertimbangkan Anda untuk lowongan lain.',
  'pool.invite.unavailableTitle': 'Tautan ini tidak berlaku',
  'pool.invite.unavailable':
    'Tautan salah, terpotong, atau sudah kedaluwarsa. Jika Anda ingin dipertimbangkan untuk lowongan kami, lamar lewat halaman karier kami atau hubungi tim HR perusahaan.',

  'error.talent_pool_consent_required':
    'Kandidat hanya mengizinkan datanya dipakai untuk lowongan yang ia lamar. Ajak ia bergabung dengan talent pool dulu (lihat di bawah).',
  'error.processing_restricted':
    'Kandidat menarik persetujuannya; datanya tidak boleh diproses lagi.',
  'error.already_in_talent_pool': 'Kandidat sudah ada di talent pool.',
  'error.left_talent_pool': 'Kandidat sudah keluar dari talent pool; jangan diajak lagi.',
  'error.talent_pool_consent_not_needed':
    'Kandidat ini boleh dipertimbangkan untuk lowongan mana pun.',
  'error.invitation_pending': 'Ajakan sebelumnya masih menunggu jawaban kandidat.',
  'error.invitation_declined': 'Kandidat menolak belum lama ini; ajakan baru bisa dikirim nanti.',
  'error.not_in_talent_pool': 'Kandidat tidak ada di talent pool.',
  'error.job_not_open': 'Pilih lowongan yang sedang dibuka.',
} as const;
