/** Candidates in and out as spreadsheets: the import page and the export buttons. */
export const importMessagesId = {
  'import.open': 'Impor dari spreadsheet',
  'import.title': 'Impor kandidat dari spreadsheet',
  'import.intro':
    'Unggah file CSV atau XLSX dengan judul kolom di baris pertama (file ekspor Seleksi bisa diunggah apa adanya: daftar saringan di atas tabelnya dilewati). Belum ada yang disimpan sampai Anda mengonfirmasi pratinjau.',
  'import.file': 'File (CSV atau XLSX, maks. 20 MB)',
  'import.upload': 'Unggah dan baca',
  'import.uploading': 'Membaca file…',
  'import.mapping': 'Kolom ke data kandidat',
  'import.mappingIntro':
    '{file}: {rows} baris. Kami menebak kolom dari judulnya; periksa dan ubah bila perlu.',
  'import.notInFile': '— tidak ada di file —',
  'import.sample': 'Contoh: {value}',
  'import.check': 'Periksa semua baris',
  'import.checking': 'Memeriksa baris… {done} dari {total}',
  'import.importing': 'Mengimpor {count} kandidat…',
  'import.previewTitle': 'Pratinjau',
  'import.ready': '{valid} dari {total} baris siap diimpor.',
  'import.readyOne': '1 dari {total} baris siap diimpor.',
  'import.problemsFound': '{count} masalah perlu diperbaiki; barisnya tidak diimpor.',
  'import.problemsFoundOne': '1 masalah perlu diperbaiki; barisnya tidak diimpor.',
  'import.notesFound': '{count} catatan (barisnya tetap diimpor).',
  'import.notesFoundOne': '1 catatan (barisnya tetap diimpor).',
  'import.summaryClean': 'Semua {total} baris siap diimpor.',
  'import.summaryCleanOne': 'Baris itu siap diimpor.',
  'import.kind.problem': 'Tidak diimpor',
  'import.kind.duplicate': 'Dilewati',
  'import.duplicatesFound':
    '{count} baris dilewati karena orangnya sudah ada di Seleksi (atau di baris sebelumnya): bukan kesalahan, hanya tidak diimpor dua kali.',
  'import.duplicatesFoundOne':
    '1 baris dilewati karena orangnya sudah ada di Seleksi (atau di baris sebelumnya): bukan kesalahan, hanya tidak diimpor dua kali.',
  'import.linesHint':
    'Nomor baris sama dengan nomor baris yang tampil saat file dibuka di Excel atau LibreOffice.',
  'import.leftOutColumn':
    'Kolom “{column}” tidak diimpor: isinya lowongan dan tahap sekaligus (bisa beberapa lowongan per kandidat), sedangkan satu baris impor masuk ke satu lowongan di satu tahap. Pilih kolom Lowongan dan Tahap di atas bila file punya, atau tambahkan kandidat ke lowongan setelah impor.',
  'import.moreProblems': 'Ditampilkan {shown} masalah pertama dari {total}.',
  'import.skippedLines': 'Baris yang dilewati (sudah ada di Seleksi atau di baris sebelumnya)',
  'import.skipReason': 'Alasan dilewati',
  'import.row': 'Baris',
  'import.column': 'Kolom',
  'import.finding': 'Temuan Seleksi',
  'import.problem': 'Masalah',
  'import.warning': 'Peringatan (tetap diimpor)',
  'import.confirm': 'Impor {count} baris yang valid',
  'import.cancel': 'Jangan impor apa pun',
  'import.changeMapping': 'Ubah pemetaan kolom',
  'import.done': '{count} kandidat diimpor.',
  'import.doneWithStored':
    'Baris diimpor: {count}; orang baru di Seleksi: {people} (baris lainnya menambah lamaran untuk orang yang sudah tersimpan atau ada di baris sebelumnya).',
  'import.cancelled': 'Impor dibatalkan; tidak ada yang disimpan.',
  'import.failed': 'Impor gagal dan tidak ada yang disimpan. Coba lagi.',
  'import.stopped':
    'Impor berhenti di baris {row} karena kesalahan. {count} kandidat sudah tersimpan dan tetap ada di Seleksi; baris {row} dan seterusnya ({left} baris valid) tidak diimpor.',
  'import.skippedTitle': 'Baris yang dilewati',
  'import.skippedIntro':
    '{count} baris menjadi bermasalah selama impor dan dilewati, tidak diimpor. Cari baris ini di file Anda.',
  'import.notice': 'Catatan',
  'import.confirmOne': 'Impor 1 baris yang valid',
  'import.doneOne': '1 kandidat diimpor.',
  'import.importingOne': 'Mengimpor 1 kandidat…',
  'import.stoppedOne':
    'Impor berhenti di baris {row} karena kesalahan. 1 kandidat sudah tersimpan dan tetap ada di Seleksi; baris {row} dan seterusnya ({left} baris valid) tidak diimpor.',
  'import.skippedIntroOne':
    '1 baris menjadi bermasalah selama impor dan dilewati, tidak diimpor. Cari baris ini di file Anda.',
  'import.draftJob':
    'Lowongan “{title}” masih draf (belum dipublikasikan): {rows} kandidat akan masuk ke lowongan yang belum tayang.',
  'import.draftJobOne':
    'Lowongan “{title}” masih draf (belum dipublikasikan): 1 kandidat akan masuk ke lowongan yang belum tayang.',
  'import.tellCandidates':
    'Kirim pemberitahuan privasi ke setiap kandidat yang diimpor (UU PDP: mereka berhak tahu datanya diproses)',
  'import.person': 'Nama (atau e-mail)',
  'import.toImportTitle': 'Yang akan diimpor ({count})',
  'import.toImportRow': 'Baris {row}',
  'import.importedTitle': 'Kandidat yang diimpor',
  'import.toImportStored': '(sudah ada di Seleksi: lamarannya ditambahkan ke kandidat ini)',
  'import.toImportStoredRenamed':
    '(sudah ada di Seleksi: lamarannya ditambahkan ke kandidat ini; di file tertulis “{name}”)',
  'import.toImportMore': '… dan {count} lainnya',
  'import.toImportMoreOne': '… dan 1 lainnya',
  'import.leftOut.landline_not_kept':
    'Nomor telepon rumah/kantor “{value}” tidak akan disimpan sebagai nomor HP, tetapi di catatan kandidat, bila baris ini diimpor; saat ini baris ini tidak diimpor (lihat masalahnya yang lain).',
  'import.leftOut.source_kept_as_other':
    'Sumber “{value}” tidak dikenal: akan diimpor sebagai Lainnya ({value}) bila baris ini diimpor; saat ini baris ini tidak diimpor (lihat masalahnya yang lain).',
  'import.leftOut.source_read_as':
    'Sumber “{value}” bukan nama sumber: akan diimpor sebagai {source} bila baris ini diimpor; saat ini baris ini tidak diimpor (lihat masalahnya yang lain).',
  'import.again': 'Impor file lain',
  'import.toCandidates': 'Ke daftar kandidat',
  'import.field.fullName': 'Nama lengkap',
  'import.field.email': 'E-mail',
  'import.field.phone': 'Nomor HP',
  'import.field.city': 'Kota',
  'import.field.source': 'Sumber',
  'import.field.tags': 'Tag',
  'import.field.notes': 'Catatan',
  'import.field.job': 'Lowongan (judul)',
  'import.field.stage': 'Tahap',
  'import.ignoredColumns':
    'Kolom yang tidak diimpor (tidak dipetakan ke data mana pun): {columns}.',
  'import.field.appliedOn': 'Tanggal lamar (dd/mm/yyyy)',
  'import.code.invalid_date':
    'Bukan tanggal; tulis sebagai dd/mm/yyyy (mis. 05/11/2026) atau yyyy-mm-dd.',
  'import.code.date_in_future': 'Tanggal ini di masa depan.',
  'import.code.phone_left_empty':
    'Nomor “{value}” bukan nomor Indonesia yang valid (contoh 0812 3456 7890): baris ini diimpor tanpa nomor HP.',
  'import.code.invalid_date_left_empty':
    'Tanggal lamar “{value}” tidak terbaca sebagai tanggal (tulis 05/11/2026, 2026-11-05 atau 5 Nov 2026): baris ini diimpor dengan tanggal lamar hari impor.',
  'import.code.date_in_future_left_empty':
    'Tanggal lamar “{value}” ada di masa depan: baris ini diimpor dengan tanggal lamar hari impor.',
  'import.leftOut.phone_left_empty':
    'Nomor “{value}” bukan nomor Indonesia yang valid: akan dikosongkan bila baris ini diimpor; saat ini baris ini tidak diimpor (lihat masalahnya yang lain).',
  'import.leftOut.invalid_date_left_empty':
    'Tanggal lamar “{value}” tidak terbaca sebagai tanggal: hari impor akan dipakai bila baris ini diimpor; saat ini baris ini tidak diimpor (lihat masalahnya yang lain).',
  'import.leftOut.date_in_future_left_empty':
    'Tanggal lamar “{value}” ada di masa depan: hari impor akan dipakai bila baris ini diimpor; saat ini baris ini tidak diimpor (lihat masalahnya yang lain).',
  'import.noJobs':
    'Belum ada lowongan yang dibuka di Seleksi, jadi baris yang menyebut lowongan belum bisa diimpor.',
  'import.noJobsCreate': 'Buat lowongannya dulu',
  'import.noJobsAfter':
    ' dengan judul seperti di file Anda, lalu unggah file lagi. Atau pilih “— tidak ada di file —” untuk Lowongan (judul) lewat “Ubah pemetaan kolom”: semua orang diimpor tanpa lowongan, dan Anda menambahkannya ke lowongan nanti dari halamannya.',
  'import.code.applies_as_existing':
    'Sudah ada di Seleksi: lamaran ke lowongan ini ditambahkan ke kandidat tersebut (datanya tidak diubah).',
  'import.code.applies_as_existing_named':
    'Sudah ada di Seleksi: {name} (sama {matched}). Lamaran ke lowongan ini ditambahkan ke kandidat tersebut; datanya tidak diubah.',
  'import.code.already_applied': 'Sudah ada di Seleksi dan sudah melamar lowongan ini.',
  'import.code.already_applied_named':
    'Sudah ada di Seleksi: {name} (sama {matched}), sudah melamar lowongan ini.',
  'import.code.already_applied_since_preview':
    'Orang ini melamar lowongan ini selama impor berjalan.',
  'import.leftOutTitle': 'Baris yang tidak diimpor',
  'import.leftOutIntro':
    'Pratinjau tidak memasukkan baris-baris ini: kesalahan yang perlu diperbaiki di file, dan orang yang sudah ada di Seleksi. Perbaiki file dan impor ulang baris tersebut bila perlu.',
  'import.code.unknown_job_nearest':
    'Tidak ada lowongan dengan judul ini. Maksud Anda “{job}”? Tulis judulnya persis seperti di lowongan.',
  'import.code.unknown_job_open':
    'Tidak ada lowongan dengan judul ini. Lowongan yang buka: {jobs}.',
  'import.required': 'wajib',
  'import.code.required': 'Wajib diisi.',
  'import.code.too_long': 'Terlalu panjang.',
  'import.code.invalid_email': 'Alamat e-mail tidak valid.',
  'import.code.landline_phone':
    'Tampaknya nomor telepon rumah/kantor; isi nomor HP (08…) untuk WhatsApp dan SMS.',
  'import.code.invalid_phone': 'Bukan nomor Indonesia yang valid (contoh 0812 3456 7890).',
  'import.code.landline_not_kept':
    'Nomor telepon rumah/kantor “{value}” tidak disimpan sebagai nomor HP (kandidat dihubungi lewat WhatsApp dan SMS), tetapi disimpan di catatan kandidat (catatan internal HR: tidak ikut diekspor); barisnya diimpor tanpa nomor HP.',
  'import.code.source_kept_as_other':
    'Sumber “{value}” tidak dikenal: diimpor sebagai Lainnya ({value}), tampil begitu di kandidat dan di ekspor.',
  'import.code.source_read_as':
    'Sumber “{value}” bukan nama sumber: diimpor sebagai {source}, tampil begitu di kandidat dan di laporan.',
  'import.code.unknown_source': 'Sumber tidak dikenal (misalnya JobStreet, LinkedIn, Referensi).',
  'import.code.unknown_job': 'Tidak ada lowongan dengan judul ini.',
  'import.code.ambiguous_job': 'Beberapa lowongan memakai judul ini; pakai id lowongan.',
  'import.code.job_closed': 'Lowongan ini sudah ditutup.',
  'import.code.unknown_stage': 'Tahap tidak dikenal (Melamar sampai Interview user).',
  'import.code.stage_not_in_job': 'Lowongan ini tidak memakai tahap tes.',
  'import.code.stage_without_job': 'Tahap diisi tanpa lowongan.',
  'import.code.applies_in_file':
    'Orang yang sama dengan baris {row} ({matched} sama), melamar lowongan lain: satu kandidat dengan kedua lamaran.',
  'import.leftOut.applies_in_file':
    'Orang yang sama dengan baris {row} ({matched} sama), melamar lowongan lain: lamaran ini akan ditambahkan padanya bila baris ini diimpor; saat ini baris ini tidak diimpor (lihat masalahnya yang lain).',
  'import.code.first_row_left_out':
    'Baris {row}, orang yang sama, tidak diimpor: lamaran ini tidak punya kandidat untuk ditambahkan.',
  'import.code.duplicate_in_file': 'Orang yang sama dengan baris {row} ({matched} sama).',
  'import.code.duplicate_candidate': 'Kandidat ini sudah ada di Seleksi.',
  'import.code.duplicate_candidate_named': 'Sudah ada di Seleksi: {name} ({matched} sama).',
  'import.matched.email': 'e-mail',
  'import.matched.phone': 'telepon',
  'import.matched.both': 'e-mail dan telepon',
  'import.code.similar_candidate':
    'Nama mirip kandidat lain di kota yang sama; periksa duplikat nanti.',
  'import.code.duplicate_since_preview':
    'Selama impor, seseorang dengan e-mail atau nomor ini masuk ke Seleksi (mis. melamar lewat halaman karier).',
  'import.code.job_closed_since_preview': 'Lowongan ini ditutup selama impor.',
  'import.code.similar_in_file':
    'Nama mirip baris {row} di kota yang sama; mungkin orang yang sama, periksa duplikat nanti.',
  'export.csv': 'Unduh CSV',
  'export.xlsx': 'Unduh XLSX',
  'export.candidates': 'Ekspor daftar ini (dengan filter)',
  'export.applications': 'Ekspor lamaran dengan tahap dan skor',
  'export.formatHelp':
    'CSV memakai titik sebagai pemisah desimal (12.5) dan tanggal TTTT-BB-HH, agar terbaca sama di semua program. Untuk Excel berbahasa Indonesia, pilih XLSX (angka dan tanggal asli), atau saat mengimpor CSV pilih titik sebagai pemisah desimal.',
};
