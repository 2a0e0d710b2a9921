/** The talent pool: consent to be considered for other openings, asked and answered. */
export const talentPoolMessagesId = {
  'talentPool.title': 'Talent pool',
  'search.talentPoolMembers': 'Anggota talent pool',
  'talentPool.member':
    'Bergabung dengan talent pool sejak {date}: boleh dipertimbangkan untuk lowongan lain.',
  'talentPool.left':
    'Keluar dari talent pool pada {date}: jangan pertimbangkan untuk lowongan lain.',
  'talentPool.oneRecruitment':
    'Kandidat ini hanya menyetujui rekrutmen yang ia lamar. Untuk mempertimbangkannya di lowongan lain, tanyakan dulu apakah ia mau bergabung dengan talent pool.',
  'talentPool.jobToName': 'Lowongan yang disebut di e-mail',
  'talentPool.invite': 'Kirim ajakan lewat e-mail',
  'talentPool.invited':
    'Ajakan terkirim. Tautannya berlaku sampai {date}; Anda dikabari saat kandidat menjawab.',
  'talentPool.recordLeft': 'Catat: kandidat minta keluar dari talent pool',

  'consent.recruitment': 'Persetujuan rekrutmen: {date}, pemberitahuan privasi versi {version}',
  'consent.talent_pool': 'Persetujuan talent pool: {date}, pemberitahuan privasi versi {version}',
  'consent.withdrawn': 'ditarik {date}',

  'apply.talentPool':
    'Opsional: simpan data saya di talent pool agar saya bisa dipertimbangkan untuk lowongan lain di perusahaan ini. Bisa saya tarik kapan saja.',

  'portal.pool.title': 'Lowongan lain',
  'portal.pool.member':
    'Anda ada di talent pool kami: kami boleh mempertimbangkan Anda untuk lowongan lain.',
  'portal.pool.notMember':
    'Data Anda hanya dipakai untuk lamaran ini. Mau dipertimbangkan juga untuk lowongan lain?',
  'portal.pool.join': 'Ya, simpan data saya di talent pool',
  'portal.pool.leave': 'Keluar dari talent pool',

  'pool.invite.title': 'Boleh kami pertimbangkan Anda untuk lowongan lain?',
  'pool.invite.greeting': 'Halo {name},',
  'pool.invite.intro':
    '{company} membuka posisi {job} yang mungkin cocok untuk Anda. Waktu melamar dulu, Anda mengizinkan data Anda dipakai untuk rekrutmen itu saja.',
  'pool.invite.what':
    'Jika Anda setuju, data Anda (nama, kontak, CV dan hasil proses sebelumnya) disimpan di talent pool dan tim HR boleh mempertimbangkan Anda untuk posisi ini dan lowongan lain. Data disimpan paling lama {months} bulan setelah proses terakhir Anda selesai. Anda bisa menarik persetujuan ini kapan saja lewat halaman lamaran Anda atau dengan membalas e-mail kami.',
  'pool.invite.version': 'Pemberitahuan privasi versi {version}.',
  'pool.invite.expires': 'Tautan ini berlaku sampai {date}.',
  'pool.invite.agree': 'Ya, saya setuju',
  'pool.invite.decline': 'Tidak, terima kasih',
  'pool.invite.agreed':
    'Terima kasih. Anda ada di talent pool kami; tim HR akan menghubungi Anda bila ada lowongan yang cocok.',
  'pool.invite.declined': 'Baik, kami tidak akan memakai data Anda untuk lowongan lain.',
  'pool.invite.member': 'Anda sudah ada di talent pool kami. Tidak ada yang perlu dilakukan.',
  'pool.invite.unavailableTitle': 'Tautan ini tidak berlaku',
  'pool.invite.unavailable':
    'Tautan salah atau sudah kedaluwarsa. Jika Anda ingin dipertimbangkan untuk lowongan kami, balas e-mail dari tim HR.',

  'error.talent_pool_consent_required':
    'Kandidat hanya menyetujui rekrutmen yang ia lamar. Ajak ia bergabung dengan talent pool dulu (lihat di bawah).',
  'error.processing_restricted':
    'Kandidat menarik persetujuannya; datanya tidak boleh diproses lagi.',
  'error.already_in_talent_pool': 'Kandidat sudah ada di talent pool.',
  'error.left_talent_pool': 'Kandidat sudah keluar dari talent pool; jangan ditanya lagi.',
  'error.talent_pool_consent_not_needed':
    'Kandidat ini boleh dipertimbangkan untuk lowongan mana pun.',
  'error.invitation_pending': 'Ajakan sebelumnya masih menunggu jawaban kandidat.',
  'error.invitation_declined':
    'Kandidat menolak belum lama ini; jangan ditanya lagi sebelum enam bulan.',
  'error.not_in_talent_pool': 'Kandidat tidak ada di talent pool.',
  'error.job_not_open': 'Pilih lowongan yang sedang dibuka.',
} as const;

export const talentPoolMessagesEn: Record<keyof typeof talentPoolMessagesId, string> = {
  'talentPool.title': 'Talent pool',
  'search.talentPoolMembers': 'Talent-pool members',
  'talentPool.member': 'In the talent pool since {date}: may be considered for other openings.',
  'talentPool.left': 'Left the talent pool on {date}: do not consider for other openings.',
  'talentPool.oneRecruitment':
    'This candidate agreed only to the recruitment they applied for. To consider them for another opening, first ask whether they want to join the talent pool.',
  'talentPool.jobToName': 'Job to name in the e-mail',
  'talentPool.invite': 'Send the invitation by e-mail',
  'talentPool.invited':
    'Invitation sent. Its link works until {date}; you will hear when the candidate answers.',
  'talentPool.recordLeft': 'Record: the candidate asked to leave the talent pool',

  'consent.recruitment': 'Recruitment consent: {date}, privacy notice version {version}',
  'consent.talent_pool': 'Talent-pool consent: {date}, privacy notice version {version}',
  'consent.withdrawn': 'withdrawn {date}',

  'apply.talentPool':
    'Optional: keep my data in the talent pool so I can be considered for other openings at this company. I can withdraw this at any time.',

  'portal.pool.title': 'Other openings',
  'portal.pool.member': 'You are in our talent pool: we may consider you for other openings.',
  'portal.pool.notMember':
    'Your data is used for this application only. Would you like to be considered for other openings too?',
  'portal.pool.join': 'Yes, keep my data in the talent pool',
  'portal.pool.leave': 'Leave the talent pool',

  'pool.invite.title': 'May we consider you for other openings?',
  'pool.invite.greeting': 'Hello {name},',
  'pool.invite.intro':
    '{company} has opened a {job} role that may suit you. When you applied before, you let us use your data for that recruitment only.',
  'pool.invite.what':
    'If you agree, your data (name, contact details, CV and the results of your earlier process) is kept in the talent pool and HR may consider you for this role and other openings. It is kept for at most {months} months after your last process ends. You can withdraw this at any time from your application page or by replying to our e-mail.',
  'pool.invite.version': 'Privacy notice version {version}.',
  'pool.invite.expires': 'This link works until {date}.',
  'pool.invite.agree': 'Yes, I agree',
  'pool.invite.decline': 'No, thank you',
  'pool.invite.agreed':
    'Thank you. You are in our talent pool; HR will contact you when an opening fits.',
  'pool.invite.declined': 'Understood: we will not use your data for other openings.',
  'pool.invite.member': 'You are already in our talent pool. Nothing else to do.',
  'pool.invite.unavailableTitle': 'This link does not work',
  'pool.invite.unavailable':
    'The link is wrong or has expired. If you would like to be considered for our openings, reply to the e-mail from HR.',

  'error.talent_pool_consent_required':
    'The candidate agreed only to the recruitment they applied for. Invite them to the talent pool first (see below).',
  'error.processing_restricted':
    'The candidate withdrew consent; their data may not be processed further.',
  'error.already_in_talent_pool': 'The candidate is already in the talent pool.',
  'error.left_talent_pool': 'The candidate left the talent pool; do not ask again.',
  'error.talent_pool_consent_not_needed': 'This candidate may be considered for any job.',
  'error.invitation_pending': 'An earlier invitation is still waiting for the candidate’s answer.',
  'error.invitation_declined':
    'The candidate declined recently; do not ask again within six months.',
  'error.not_in_talent_pool': 'The candidate is not in the talent pool.',
  'error.job_not_open': 'Choose a job that is open.',
};
