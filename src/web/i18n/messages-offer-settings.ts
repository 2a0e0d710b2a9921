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
  'minimumWages.confirmDelete': 'Hapus upah minimum {region} {year}?',
  'minimumWages.save': 'Simpan',
  'minimumWages.cancel': 'Batal',
  'minimumWages.empty': 'Belum ada upah minimum untuk tahun ini.',
  'minimumWages.actions': 'Tindakan',

  'offerApproval.intro':
    'Penawaran di luar rentang gaji lowongan selalu perlu disetujui hiring manager sebelum dikirim. Di sini Anda menentukan apakah setiap penawaran perlu disetujui, dan siapa penyetuju tambahannya.',
  'offerApproval.everyOffer': 'Setiap penawaran perlu disetujui sebelum dikirim',
  'offerApproval.everyOfferHint':
    'Jika tidak dicentang, hanya penawaran di luar rentang gaji lowongan yang perlu disetujui.',
  'offerApproval.approver': 'Penyetuju yang ditunjuk',
  'offerApproval.noApprover': 'Tidak ada (hanya hiring manager lowongan)',
  'offerApproval.approverHint': 'Admin, recruiter, atau hiring manager yang masih aktif.',
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
  'error.approver_not_eligible': 'Pilih admin, recruiter, atau hiring manager yang aktif.',
} as const;

export const offerSettingsMessagesEn: Record<keyof typeof offerSettingsMessagesId, string> = {
  'nav.offerSettings': 'Offer settings',
  'offerSettings.title': 'Offer settings',
  'offerSettings.tab.minimumWages': 'Minimum wages',
  'offerSettings.tab.approval': 'Approval',
  'offerSettings.tab.letter': 'Offer letter',

  'minimumWages.intro':
    "An offer's salary is checked against the minimum wage where the job is: the city's or regency's UMK when one is recorded, otherwise the province's UMP, latest year.",
  'minimumWages.verify':
    "The built-in 2025 UMP figures come from each province's governor's decree. Check them, and add each new year's figures when they are set.",
  'minimumWages.year': 'Year',
  'minimumWages.allYears': 'All years',
  'minimumWages.province': 'Province',
  'minimumWages.city': 'City/regency (UMK)',
  'minimumWages.cityHint': "Leave empty for the province's UMP.",
  'minimumWages.ump': 'Provincial UMP',
  'minimumWages.amount': 'Minimum wage per month',
  'minimumWages.amountHint': 'E.g. 5.396.761 or 5,4 juta',
  'minimumWages.decree': 'Set by',
  'minimumWages.decreeHint': "E.g. the governor's decree (Keputusan Gubernur) number and year",
  'minimumWages.add': 'Add a minimum wage',
  'minimumWages.edit': 'Edit',
  'minimumWages.editing': 'Edit minimum wage',
  'minimumWages.delete': 'Delete',
  'minimumWages.confirmDelete': 'Delete the minimum wage of {region} for {year}?',
  'minimumWages.save': 'Save',
  'minimumWages.cancel': 'Cancel',
  'minimumWages.empty': 'No minimum wages for this year yet.',
  'minimumWages.actions': 'Actions',

  'offerApproval.intro':
    "An offer outside the job's salary band always needs the hiring manager's approval before it is sent. Here you decide whether every offer needs approval, and who else approves.",
  'offerApproval.everyOffer': 'Every offer needs approval before it is sent',
  'offerApproval.everyOfferHint':
    "When unticked, only offers outside the job's salary band need approval.",
  'offerApproval.approver': 'Named approver',
  'offerApproval.noApprover': "None (only the job's hiring manager)",
  'offerApproval.approverHint': 'An active admin, recruiter or hiring manager.',
  'offerApproval.save': 'Save rule',

  'offerLetter.intro':
    "The wording of the offer letter the candidate receives as a PDF, in the candidate's language. Placeholders are filled from the offer.",
  'offerLetter.titleField': 'Title',
  'offerLetter.body': 'Letter text',
  'offerLetter.placeholders': 'Placeholders you can use',
  'offerLetter.save': 'Save template',
  'offerLetter.preview': 'Download a sample PDF',
  'offerLetter.reset': 'Go back to the built-in text',
  'offerLetter.builtIn': 'Using the built-in text.',
  'offerLetter.customized': 'Changed by {name}',

  'error.unknown_province': 'Choose one of the 38 provinces.',
  'error.invalid_year': 'Enter a year between 2000 and 2100.',
  'error.amount_required': 'Enter an amount in rupiah.',
  'error.invalid_amount': 'Not an amount in rupiah. E.g. 8.500.000, Rp 8500000 or 8,5 juta.',
  'error.amount_negative': 'An amount cannot be negative.',
  'error.amount_not_whole': 'Use whole rupiah (no sen).',
  'error.amount_not_positive': 'The amount must be above Rp 0.',
  'error.amount_too_large': 'The amount is above Rp 1.000.000.000; check the zeros.',
  'error.decree_required': "Name what sets it (e.g. the governor's decree).",
  'error.minimum_wage_exists':
    'This region already has a minimum wage for this year; edit that row instead.',
  'error.approver_not_eligible': 'Choose an active admin, recruiter or hiring manager.',
};
