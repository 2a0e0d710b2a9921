/** The HR-vs-user agreement, interviewer calibration and offers reports, in Bahasa Indonesia and English. */
export const reportJudgementMessagesId = {
  'reports.agreement': 'HR vs user',
  'reports.agreement.help':
    'Apakah interview HR memprediksi keputusan user? Dihitung dari kandidat yang sampai ke tahap user dan sudah mendapat keputusan user. Keputusan user tetap dihitung seperti dicatat meski HR kemudian membuka kembali lamarannya; corong menunjukkan posisi kandidat sekarang, jadi kedua laporan bisa berbeda sebanyak lamaran yang dibuka kembali.',
  'reports.agreement.reading.passed':
    'Dari {passed} kandidat yang diloloskan HR ke user, user menerima {accepted}.',
  'reports.agreement.reading.rate':
    'Rekomendasi HR "{recommendation}" diterima user pada {rate} kasus ({accepted} dari {cases}).',
  'reports.agreement.reading.rateTooFew':
    'Rekomendasi HR "{recommendation}": baru {cases} kasus, terlalu sedikit untuk disimpulkan.',
  'reports.agreement.reading.agreement':
    'HR dan user berada di sisi yang sama pada {rate} kasus dengan scorecard HR.',
  'reports.agreement.reading.auc':
    'Diurutkan menurut skor HR, kandidat yang diterima user berada di atas kandidat yang ditolak user pada {auc} pasangan (50% = seperti lempar koin, 100% = sempurna).',
  'reports.agreement.reading.aucNone':
    'Seberapa baik skor HR mengurutkan belum bisa diukur: perlu cukup kandidat yang diterima dan yang ditolak user.',
  'reports.agreement.cannotShow':
    'Yang tidak bisa ditunjukkan data ini: {rejected} kandidat yang ditolak HR tidak pernah bertemu user, jadi tidak ada yang tahu berapa di antara mereka yang akan diterima user. {withoutVerdict} kandidat lain sampai ke user tanpa keputusan (masih menunggu, mengundurkan diri, atau ditutup karena alasan lain) dan tidak dihitung.',
  'reports.agreement.noScorecard':
    '{count} keputusan user tanpa scorecard HR yang disubmit hanya dihitung dalam jumlah kandidat, bukan dalam angka kecocokan.',
  'reports.agreement.noScorecardOne':
    '1 keputusan user tanpa scorecard HR yang disubmit hanya dihitung dalam jumlah kandidat, bukan dalam angka kecocokan.',
  'reports.agreement.skippedHr':
    '{count} kandidat lanjut tanpa keputusan HR (gerbang interview HR dilewati dengan alasan): tanpa keputusan HR tidak ada yang bisa dibandingkan, jadi mereka tidak dihitung dalam angka di sini.',
  'reports.agreement.skippedHrOne':
    '1 kandidat lanjut tanpa keputusan HR (gerbang interview HR dilewati dengan alasan): tanpa keputusan HR tidak ada yang bisa dibandingkan, jadi kandidat ini tidak dihitung dalam angka di sini.',
  'reports.agreement.empty': 'Belum ada keputusan user dalam periode dan saringan ini.',
  'reports.agreement.table': 'Rekomendasi HR dibanding keputusan user',
  'reports.agreement.hrRecommendation': 'Rekomendasi HR',
  'reports.agreement.userAccepted': 'Diterima user',
  'reports.agreement.userRejected': 'Ditolak user',
  'reports.agreement.total': 'Jumlah',
  'reports.agreement.acceptanceRate': 'Tingkat diterima',
  'reports.agreement.rec.strong_no': 'sangat tidak',
  'reports.agreement.rec.no': 'tidak',
  'reports.agreement.rec.yes': 'ya',
  'reports.agreement.rec.strong_yes': 'sangat ya',
  'reports.agreement.perJob': 'Per lowongan',
  'reports.agreement.perRecruiter': 'Per rekruter',
  'reports.agreement.job': 'Lowongan',
  'reports.agreement.recruiter': 'Rekruter',
  'reports.agreement.verdicts': 'Keputusan user',
  'reports.agreement.cases': 'Dengan scorecard HR',
  'reports.agreement.agreementRate': 'Kecocokan',
  'reports.agreement.auc': 'AUC skor HR',
  'reports.agreement.aucHelp':
    'AUC skor HR: jika kandidat diurutkan menurut skor HR, seberapa sering kandidat yang diterima user berada di atas kandidat yang ditolak user (50% = seperti lempar koin, 100% = sempurna). "–" berarti belum ada yang bisa dibandingkan.',
  'reports.calibration': 'Kalibrasi pewawancara',
  'reports.calibration.help':
    'Tiap penilaian dibandingkan dengan rata-rata anggota panel lain untuk kandidat, tahap, dan atribut yang sama. Selisih rata-rata setengah poin atau lebih: longgar (di atas) atau ketat (di bawah).',
  'reports.calibration.reach.everyone': 'Semua pewawancara.',
  'reports.calibration.reach.managed_jobs':
    'Pewawancara di lowongan yang Anda pegang sebagai user (calon atasan), dari panel lowongan tersebut.',
  'reports.calibration.reach.own':
    'Hanya kalibrasi Anda sendiri, dibanding rata-rata panel Anda (penilaian orang lain tidak ditampilkan).',
  'reports.calibration.empty': 'Belum ada scorecard dalam periode dan saringan ini.',
  'reports.calibration.interviewer': 'Pewawancara',
  'reports.calibration.standing': 'Posisi',
  'reports.calibration.difference': 'Selisih dari panel',
  'reports.calibration.comparisons': 'Perbandingan',
  'reports.calibration.matched': 'Rekomendasi sesuai hasil tahap',
  'reports.calibration.matchedOf': '{rate} ({matched} dari {decided})',
  'reports.calibration.late': 'Scorecard terlambat',
  'reports.calibration.missing': 'Scorecard belum masuk',
  'reports.calibration.ofDue': '{count} dari {due} yang jatuh tempo',
  'reports.calibration.noneDue':
    'Belum ada yang jatuh tempo (tidak ada interview terjadwal yang sudah berlangsung)',
  'reports.calibration.noneDueYet': 'Belum ada yang jatuh tempo',
  'reports.calibration.attributes': 'Per atribut: {name}',
  'reports.calibration.attribute': 'Atribut',
  'reports.calibration.ownMean': 'Rata-rata sendiri',
  'reports.calibration.panelMean': 'Rata-rata panel lain',
  'reports.calibration.lenient': 'Longgar',
  'reports.calibration.severe': 'Ketat',
  'reports.calibration.in_line': 'Sejalan',
  'reports.calibration.dueRule':
    'Scorecard jatuh tempo pada akhir hari kerja pertama setelah interview-nya; "belum masuk" dihitung setelah tanggal itu lewat. Hanya interview yang dijadwalkan di Seleksi yang punya tanggal itu: scorecard tanpa interview terjadwal ikut dibandingkan, tetapi tidak pernah terlambat atau belum masuk.',
  'reports.offers': 'Penawaran',
  'reports.offers.help':
    'Penawaran yang dikirim ke pelamar periode ini: hasilnya, alasan menolak, lama menjawab, dan gaji yang diterima dibanding rentang gaji lowongan.',
  'reports.offers.empty': 'Belum ada penawaran yang dikirim dalam periode dan saringan ini.',
  'reports.offers.outcome': 'Hasil',
  'reports.offers.count': 'Jumlah',
  'reports.offers.made': 'Dikirim',
  'reports.offers.accepted': 'Diterima',
  'reports.offers.declined': 'Ditolak kandidat',
  'reports.offers.withdrawn': 'Ditarik perusahaan',
  'reports.offers.waiting': 'Menunggu jawaban',
  'reports.offers.acceptanceRate': 'Tingkat penerimaan (dari yang dijawab)',
  'reports.offers.answerTime': 'Lama menjawab',
  'reports.offers.median': 'Median',
  'reports.offers.p90': 'Persentil ke-90',
  'reports.offers.answered': 'Dijawab',
  'reports.offers.declineReasons': 'Alasan menolak',
  'reports.offers.reason': 'Alasan',
  'reports.offers.reason.accepted_other_offer': 'Menerima tawaran lain',
  'reports.offers.reason.salary': 'Gaji',
  'reports.offers.reason.benefits': 'Tunjangan dan fasilitas',
  'reports.offers.reason.start_date': 'Tanggal mulai',
  'reports.offers.reason.location_or_work_mode': 'Lokasi atau cara kerja',
  'reports.offers.reason.role_or_career': 'Peran atau karier',
  'reports.offers.reason.personal': 'Alasan pribadi',
  'reports.offers.reason.other': 'Lainnya',
  'reports.offers.reason.not_given': 'Tidak menyebutkan alasan',
  'reports.offers.salaries': 'Gaji yang diterima dibanding rentang gaji',
  'reports.offers.position': 'Posisi',
  'reports.offers.position.below_band': 'Di bawah rentang',
  'reports.offers.position.within_band': 'Dalam rentang',
  'reports.offers.position.above_band': 'Di atas rentang',
  'reports.offers.position.no_band': 'Lowongan tanpa rentang gaji',
} as const;
