/** The admin's offer settings: minimum wages, the approval rule and the offer letter. */
export const offerSettingsMessagesId = {
  'nav.offerSettings': 'Pengaturan penawaran',
  'offerSettings.title': 'Pengaturan penawaran',
  'offerSettings.tab.minimumWages': 'Upah minimum',
  'offerSettings.tab.approval': 'Persetujuan',
  'offerSettings.tab.letter': 'Surat penawaran',

  'minimumWages.intro':
    'Gaji yang ditawarkan diperiksa terhadap upah minimum di lokasi lowongan: UMK kota/kabupaten bila tercatat, selain itu UMP provinsi, tahun terbaru.',
  'minimumWages.verify':
    'Angka UMP 2025 bawaan diambil dari keputusan gubernur masing-masing provinsi. Periksa angkanya dan tambahkan angka tahun baru setiap kali ditetapkan.',
  'minimumWages.citiesWithoutUmk':
    'Belum ada UMK tercatat untuk kota lowongan berikut, jadi penawarannya diperiksa dengan UMP provinsi, yang bisa lebih rendah: {places}. Tambahkan UMK tiap kota dengan "Tambah upah minimum" (isi kotanya).',
  'minimumWages.year': 'Tahun',
  'minimumWages.allYears': 'Semua tahun',
  'minimumWages.province': 'Provinsi',
  'minimumWages.city': 'Kota/kabupaten (UMK)',
  'minimumWages.cityHint': 'Kosongkan untuk UMP provinsi.',
  'minimumWages.ump': 'UMP provinsi',
  'minimumWages.amount': 'Upah minimum per bulan',
  'minimumWages.amountHint': 'Contoh: 5.396.761 atau 5,4 juta',
  'minimumWages.decree': 'Dasar penetapan',
  'minimumWages.decreeHint': 'Misalnya: Keputusan Gubernur DKI Jakarta Nomor … Tahun 2025',
  'minimumWages.add': 'Tambah upah minimum',
  'minimumWages.edit': 'Ubah',
  'minimumWages.editing': 'Ubah upah minimum',
  'minimumWages.delete': 'Hapus',
  'minimumWages.deleteTitle': 'Hapus upah minimum?',
  'minimumWages.confirmDelete': 'Hapus upah minimum {region} {year}?',
  'minimumWages.save': 'Simpan',
  'minimumWages.cancel': 'Batal',
  'minimumWages.empty': 'Belum ada upah minimum untuk tahun ini.',
  'minimumWages.actions': 'Tindakan',

  'offerApproval.intro':
    'Penawaran di luar rentang gaji lowongan selalu perlu disetujui user (calon atasan) lowongan sebelum dikirim. Di sini Anda menentukan apakah setiap penawaran perlu disetujui, dan siapa penyetuju tambahannya.',
  'offerApproval.everyOffer': 'Setiap penawaran perlu disetujui sebelum dikirim',
  'offerApproval.everyOfferHint':
    'Jika tidak dicentang, hanya penawaran di luar rentang gaji lowongan yang perlu disetujui.',
  'offerApproval.approver': 'Penyetuju yang ditunjuk',
  'offerApproval.noApprover': 'Tidak ada (hanya user/calon atasan lowongan)',
  'offerApproval.approverHint': 'Admin, recruiter, atau user (calon atasan) yang masih aktif.',
  'offerApproval.save': 'Simpan aturan',

  'offerLetter.intro':
    'Kata-kata surat penawaran yang diterima kandidat sebagai PDF, dalam bahasa kandidat. Placeholder diisi dari penawaran.',
  'offerLetter.titleField': 'Judul',
  'offerLetter.body': 'Isi surat',
  'offerLetter.placeholders': 'Placeholder yang boleh dipakai',
  'offerLetter.save': 'Simpan template',
  'offerLetter.preview': 'Unduh contoh PDF',
  'offerLetter.reset': 'Kembalikan ke teks bawaan',
  'offerLetter.builtIn': 'Memakai teks bawaan.',
  'offerLetter.customized': 'Diubah oleh {name}',

  'error.unknown_province': 'Pilih salah satu dari 38 provinsi.',
  'error.invalid_year': 'Isi tahun antara 2000 dan 2100.',
  'error.amount_required': 'Isi jumlah dalam rupiah.',
  'error.invalid_amount': 'Bukan jumlah rupiah. Contoh: 8.500.000, Rp 8500000, atau 8,5 juta.',
  'error.amount_negative': 'Jumlah tidak boleh negatif.',
  'error.amount_not_whole': 'Pakai rupiah utuh (tanpa sen).',
  'error.amount_not_positive': 'Jumlah harus lebih dari Rp 0.',
  'error.amount_too_large': 'Jumlah di atas Rp 1.000.000.000; periksa jumlah nolnya.',
  'error.decree_required': 'Sebutkan dasar penetapannya (misalnya keputusan gubernur).',
  'error.minimum_wage_exists':
    'Wilayah ini sudah punya upah minimum untuk tahun ini; ubah baris itu saja.',
  'error.approver_not_eligible': 'Pilih admin, recruiter, atau user (calon atasan) yang aktif.',
} as const;
