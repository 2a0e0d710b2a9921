import type { ApiTokenScope } from '../../domain/integrations/api-token';
import type { WebhookDeliveryStatus, WebhookEvent } from '../../domain/integrations/webhook';

/** API tokens and webhooks (admins), in Bahasa Indonesia. */
export const integrationsMessagesId = {
  'nav.integrations': 'Integrasi',
  'integrations.title': 'Integrasi: token API dan webhook',
  'integrations.apiDocs':
    'Dokumentasi API (OpenAPI 3, tiap operasi menyebut scope token yang membukanya):',
  'integrations.help':
    'Hubungkan Seleksi dengan sistem lain. Token API membuka sebagian API untuk program lain; webhook mengirim kabar ke alamat Anda saat sesuatu terjadi.',

  'tokens.title': 'Token API',
  'tokens.help':
    'Program memakai token lewat header Authorization: Bearer. Token bertindak atas nama admin yang membuatnya, hanya untuk cakupan yang dipilih, dan tidak pernah bisa mengelola pengguna, token, atau webhook.',
  'tokens.empty': 'Belum ada token.',
  'tokens.new': 'Buat token',
  'tokens.name': 'Nama (untuk apa token ini)',
  'tokens.scopes': 'Cakupan',
  'tokens.expiresOn': 'Berlaku sampai (opsional)',
  'tokens.expiresHint': 'Kosongkan agar berlaku sampai dicabut.',
  'tokens.create': 'Buat token',
  'tokens.createdTitle': 'Token "{name}" dibuat',
  'tokens.createdHelp':
    'Salin sekarang: token ini hanya ditampilkan sekali. Seleksi menyimpan sidik (hash)-nya saja.',
  'tokens.copy': 'Salin',
  'tokens.revoke': 'Cabut',
  'tokens.revokeTitle': 'Cabut token "{name}"?',
  'tokens.revokeConfirm':
    'Integrasi yang memakai token "{name}" langsung berhenti bekerja: setiap permintaannya ditolak. Ini tidak bisa dibatalkan; untuk menyambungkannya lagi, buat token baru.',
  'tokens.createdBy': 'dibuat {date} oleh {name}',
  'tokens.lastUsed': 'terakhir dipakai {date}',
  'tokens.neverUsed': 'belum pernah dipakai',
  'tokens.expires': 'berlaku sampai {date}',
  'tokens.state.active': 'Aktif',
  'tokens.state.expired': 'Kedaluwarsa',
  'tokens.state.revoked': 'Dicabut',
  'tokens.scope.read:jobs': 'Baca lowongan dan papan tahapannya',
  'tokens.scope.read:candidates': 'Baca kandidat dan lamarannya',
  'tokens.scope.write:candidates': 'Tambah dan ubah kandidat',
  'tokens.scope.write:applications': 'Buat lamaran dan pindahkan tahap',
  'tokens.scope.read:reports': 'Baca laporan dan ekspornya',

  'webhooks.title': 'Webhook',
  'webhooks.help':
    'Seleksi mengirim POST berisi JSON ke alamat HTTPS Anda, ditandatangani HMAC-SHA256 di header Seleksi-Signature (cara memeriksanya ada di README, bagian “Webhooks”). Pengiriman yang gagal dicoba ulang dengan jeda yang makin panjang.',
  'webhooks.empty': 'Belum ada webhook.',
  'webhooks.new': 'Tambah webhook',
  'webhooks.url': 'Alamat (https://…)',
  'webhooks.description': 'Keterangan (opsional)',
  'webhooks.events': 'Kejadian',
  'webhooks.create': 'Tambah webhook',
  'webhooks.createdTitle': 'Rahasia penandatanganan',
  'webhooks.createdHelp':
    'Pasang rahasia ini di penerima untuk memeriksa tanda tangan. Admin bisa menampilkannya lagi nanti.',
  'webhooks.reveal': 'Tampilkan rahasia',
  'webhooks.hide': 'Sembunyikan',
  'webhooks.active': 'Aktif',
  'webhooks.paused': 'Dijeda',
  'webhooks.pause': 'Jeda',
  'webhooks.resume': 'Aktifkan',
  'webhooks.delete': 'Hapus',
  'webhooks.deleteTitle': 'Hapus webhook ini?',
  'webhooks.deleteConfirm':
    'Webhook {url} dihapus beserta log pengirimannya; pengiriman yang masih antre tidak dikirim.',
  'webhooks.deliveries': 'Log pengiriman',
  'webhooks.hideDeliveries': 'Tutup log',
  'webhooks.noDeliveries': 'Belum ada pengiriman.',
  'webhooks.attempts': '{count} percobaan',
  'webhooks.subject.application': 'lamaran {id}',
  'webhooks.subject.erased': 'Kandidat yang dihapus',
  'webhooks.responseStatus': 'penerima menjawab HTTP {status}',
  'webhooks.technicalDetail': 'Detail teknis',
  'webhooks.problem.refused': 'Server penerima menolak sambungan.',
  'webhooks.problem.http_error': 'Penerima menjawab dengan galat ({status}).',
  'webhooks.problem.redirected':
    'Penerima menjawab dengan pengalihan ({status}); webhook tidak mengikuti pengalihan.',
  'webhooks.problem.timeout': 'Tidak ada jawaban dalam {seconds} detik.',
  'webhooks.problem.host_not_found': 'Alamat penerima (nama host) tidak ditemukan.',
  'webhooks.problem.connection_reset': 'Sambungan terputus sebelum penerima menjawab.',
  'webhooks.problem.private_address':
    'Alamat mengarah ke jaringan privat atau lokal; webhook tidak dikirim ke sana.',
  'webhooks.problem.certificate': 'Sertifikat HTTPS penerima tidak diterima.',
  'webhooks.problem.network': 'Gangguan jaringan menggagalkan pengiriman.',
  'webhooks.retryNext': 'Percobaan {attempt} dari {of} gagal. Dicoba lagi pada {when}.',
  'webhooks.gaveUp':
    'Pengiriman dihentikan setelah {count} percobaan. Setelah penerima diperbaiki, kirim ulang.',
  'webhooks.sendAgain': 'Kirim ulang',
  'webhooks.attemptOutcome': 'Percobaan {attempt} ({time}): {outcome}',
  'webhooks.attemptHttp': 'HTTP {status}',
  'webhooks.attemptProblem.refused': 'sambungan ditolak',
  'webhooks.attemptProblem.timeout': 'tak dijawab dalam {seconds} detik',
  'webhooks.attemptProblem.host_not_found': 'nama host tidak ditemukan',
  'webhooks.attemptProblem.connection_reset': 'sambungan terputus',
  'webhooks.attemptProblem.private_address': 'alamat privat, tidak dikirim',
  'webhooks.attemptProblem.certificate': 'sertifikat HTTPS ditolak',
  'webhooks.attemptProblem.network': 'gangguan jaringan',
  'webhooks.event.application.created': 'Lamaran masuk',
  'webhooks.event.application.stage_changed': 'Tahap lamaran berubah',
  'webhooks.event.interview.scheduled': 'Interview dijadwalkan',
  'webhooks.event.interview.rescheduled': 'Jadwal interview diubah',
  'webhooks.event.interview.cancelled': 'Interview dibatalkan',
  'webhooks.event.decision.recorded': 'Keputusan dicatat',
  'webhooks.event.offer.answered': 'Kandidat menjawab penawaran',
  'webhooks.event.candidate.erased': 'Data kandidat dihapus',
  'webhooks.status.pending': 'Menunggu',
  'webhooks.status.delivered': 'Terkirim',
  'webhooks.status.failed': 'Gagal',
  'error.https_required': 'Alamat webhook harus memakai HTTPS.',
  'error.url_credentials': 'Jangan sertakan nama pengguna atau kata sandi di alamat.',
  'error.private_address':
    'Alamat webhook harus bisa dijangkau dari internet, bukan alamat jaringan lokal atau privat.',
} as const satisfies Record<string, string> &
  Record<`tokens.scope.${ApiTokenScope}`, string> &
  Record<`webhooks.event.${WebhookEvent}`, string> &
  Record<`webhooks.status.${WebhookDeliveryStatus}`, string>;
