import type { EmailLocale, EmailTemplate, EmailTemplateKey } from './email-templates';

const portalId = `Lihat detail, konfirmasi kehadiran, atau minta jadwal lain di halaman lamaran Anda:
{{portalLink}}`;
const portalEn = `See the details, confirm that you will attend, or ask for another time on your application page:
{{portalLink}}`;
const interviewDetailsId = `Tanggal: {{interviewDate}}
Jam: {{interviewTime}} (sekitar {{durationMinutes}} menit)
Pewawancara:
{{interviewers}}
Tempat:
{{location}}`;
const interviewDetailsEn = `Date: {{interviewDate}}
Time: {{interviewTime}} (about {{durationMinutes}} minutes)
Interviewers:
{{interviewers}}
Where:
{{location}}`;
const signOffId = `Salam,
{{recruiterName}}
{{companyName}}`;
const signOffEn = `Kind regards,
{{recruiterName}}
{{companyName}}`;

/** The texts Seleksi ships with; admins may replace any of them (stored per template and language). */
export const defaultEmailTemplates: Record<EmailTemplateKey, Record<EmailLocale, EmailTemplate>> = {
  application_received: {
    id: {
      subject: 'Lamaran Anda untuk {{jobTitle}} sudah kami terima',
      body: `Halo {{candidateName}},

Terima kasih sudah melamar posisi {{jobTitle}} di {{companyName}}. Lamaran dan CV Anda sudah kami terima.

Langkah berikutnya: tim HR membaca CV Anda. Jika cocok, kami mengundang Anda ke interview HR, lalu ke interview user dengan calon atasan Anda. Status lamaran dan persiapan tiap tahap bisa Anda lihat di:
{{portalLink}}

Untuk meminta salinan data Anda, perbaikan, atau penghapusannya, buka tautan di atas dan pilih "Data pribadi Anda", atau balas e-mail ini. Kami menjawab dalam 3 × 24 jam.

${signOffId}`,
    },
    en: {
      subject: 'We received your application for {{jobTitle}}',
      body: `Hello {{candidateName}},

Thank you for applying for the {{jobTitle}} role at {{companyName}}. Your application and CV are in.

What happens next: HR reads your CV. If it is a match, we invite you to the HR interview, then to the user interview with your future manager. You can follow your application and prepare for each stage at:
{{portalLink}}

To ask for a copy of your data, a correction or its erasure, open the link above and choose "Your personal data", or reply to this e-mail. We answer within 3 × 24 hours.

${signOffEn}`,
    },
  },
  hr_invitation: {
    id: {
      subject: 'Undangan interview HR: {{jobTitle}} di {{companyName}}',
      body: `Halo {{candidateName}},

Terima kasih atas lamaran Anda untuk posisi {{jobTitle}}. Kami mengundang Anda ke interview HR.

${interviewDetailsId}

Interview ini untuk saling mengenal: motivasi Anda, cara Anda bekerja dengan orang lain, dan kecocokan dengan budaya kerja kami. Ceritakan pengalaman nyata Anda; tidak ada soal teknis di tahap ini.

${portalId}

${signOffId}`,
    },
    en: {
      subject: 'HR interview invitation: {{jobTitle}} at {{companyName}}',
      body: `Hello {{candidateName}},

Thank you for applying for the {{jobTitle}} role. We would like to invite you to the HR interview.

${interviewDetailsEn}

This conversation is about getting to know you: your motivation, how you work with others, and how you would fit our way of working. Bring real examples from your experience; there are no technical questions at this stage.

${portalEn}

${signOffEn}`,
    },
  },
  user_invitation: {
    id: {
      subject: 'Undangan interview user: {{jobTitle}} di {{companyName}}',
      body: `Halo {{candidateName}},

Selamat, Anda lolos interview HR untuk posisi {{jobTitle}}. Tahap berikutnya adalah interview user bersama calon atasan langsung Anda.

${interviewDetailsId}

Interview ini bersifat teknis dan lebih panjang dari interview HR: Anda akan diminta menjelaskan pengalaman kerja secara rinci dan mungkin menyelesaikan sebuah studi kasus. Biasanya keputusan akhir ada di tahap ini.

${portalId}

${signOffId}`,
    },
    en: {
      subject: 'User interview invitation: {{jobTitle}} at {{companyName}}',
      body: `Hello {{candidateName}},

Congratulations on passing the HR interview for the {{jobTitle}} role. The next step is the user interview with your future direct manager.

${interviewDetailsEn}

This interview is technical and longer than the HR interview: expect to walk through your work in detail and possibly to solve a case study. The final decision is usually made at this stage.

${portalEn}

${signOffEn}`,
    },
  },
  reminder: {
    id: {
      subject: 'Pengingat: interview {{jobTitle}} besok, {{interviewTime}}',
      body: `Halo {{candidateName}},

Ini pengingat untuk interview Anda besok.

${interviewDetailsId}

${portalId}

${signOffId}`,
    },
    en: {
      subject: 'Reminder: your {{jobTitle}} interview tomorrow at {{interviewTime}}',
      body: `Hello {{candidateName}},

This is a reminder of your interview tomorrow.

${interviewDetailsEn}

${portalEn}

${signOffEn}`,
    },
  },
  reschedule: {
    id: {
      subject: 'Jadwal baru interview {{jobTitle}}: {{interviewDate}}',
      body: `Halo {{candidateName}},

Jadwal interview Anda ({{previousDate}}) berubah. {{reason}}

Jadwal baru:
${interviewDetailsId}

Undangan kalender terlampir menggantikan yang lama.

${portalId}

${signOffId}`,
    },
    en: {
      subject: 'New time for your {{jobTitle}} interview: {{interviewDate}}',
      body: `Hello {{candidateName}},

Your interview ({{previousDate}}) has moved. {{reason}}

The new time:
${interviewDetailsEn}

The attached calendar invitation replaces the earlier one.

${portalEn}

${signOffEn}`,
    },
  },
  cancellation: {
    id: {
      subject: 'Interview {{jobTitle}} pada {{interviewDate}} dibatalkan',
      body: `Halo {{candidateName}},

Interview Anda pada {{interviewDate}}, {{interviewTime}} dibatalkan. {{reason}}

Kami akan menghubungi Anda lagi bila ada jadwal baru. Status lamaran Anda selalu bisa dilihat di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Your {{jobTitle}} interview on {{interviewDate}} is cancelled',
      body: `Hello {{candidateName}},

Your interview on {{interviewDate}} at {{interviewTime}} is cancelled. {{reason}}

We will contact you again if there is a new time. You can always see where your application stands at:
{{portalLink}}

${signOffEn}`,
    },
  },
  interview_not_needed: {
    id: {
      subject: 'Interview {{jobTitle}} pada {{interviewDate}} tidak diperlukan lagi',
      body: `Halo {{candidateName}},

Kabar baik: lamaran Anda untuk {{jobTitle}} sudah lanjut ke tahap berikutnya, jadi interview pada {{interviewDate}}, {{interviewTime}} tidak perlu Anda hadiri. Undangan kalender untuk jadwal itu kami batalkan.

Kami akan menghubungi Anda untuk langkah berikutnya. Posisi lamaran Anda selalu bisa dilihat di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Your {{jobTitle}} interview on {{interviewDate}} is no longer needed',
      body: `Hello {{candidateName}},

Good news: your application for {{jobTitle}} has moved on to the next step, so you do not need to attend the interview on {{interviewDate}} at {{interviewTime}}. We have cancelled the calendar invitation for it.

We will contact you about the next step. You can always see where your application stands at:
{{portalLink}}

${signOffEn}`,
    },
  },
  interview_closed: {
    id: {
      subject: 'Jadwal interview {{jobTitle}} pada {{interviewDate}} kami hapus',
      body: `Halo {{candidateName}},

Proses lamaran Anda untuk {{jobTitle}} sudah selesai, jadi interview pada {{interviewDate}}, {{interviewTime}} tidak akan berlangsung. Undangan kalender untuk jadwal itu kami batalkan.

Riwayat lamaran Anda tetap bisa dilihat di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Your {{jobTitle}} interview on {{interviewDate}} is off the calendar',
      body: `Hello {{candidateName}},

Your application for {{jobTitle}} has come to an end, so the interview on {{interviewDate}} at {{interviewTime}} will not take place. We have cancelled the calendar invitation for it.

You can still see your application's history at:
{{portalLink}}

${signOffEn}`,
    },
  },
  interview_called_off: {
    id: {
      subject: 'Interview {{jobTitle}} pada {{interviewDate}} dibatalkan',
      body: `Halo {{candidateName}},

Interview Anda pada {{interviewDate}}, {{interviewTime}} dibatalkan, jadi Anda tidak perlu datang. Undangan kalender untuk jadwal itu kami batalkan.

Status lamaran Anda bisa dilihat di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Your {{jobTitle}} interview on {{interviewDate}} is cancelled',
      body: `Hello {{candidateName}},

Your interview on {{interviewDate}} at {{interviewTime}} is cancelled, so please do not come. We have cancelled the calendar invitation for it.

You can see where your application stands at:
{{portalLink}}

${signOffEn}`,
    },
  },
  interview_missed: {
    id: {
      subject: 'Interview {{jobTitle}} pada {{interviewDate}}',
      body: `Halo {{candidateName}},

Kami tidak bertemu Anda pada jadwal interview {{interviewDate}}, {{interviewTime}}. Semoga Anda baik-baik saja.

Bila Anda masih berminat pada posisi {{jobTitle}}, silakan balas e-mail ini atau hubungi {{recruiterName}}, dan kami akan melihat apakah jadwal baru memungkinkan.

Status lamaran Anda bisa dilihat di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Your {{jobTitle}} interview on {{interviewDate}}',
      body: `Hello {{candidateName}},

We did not see you at your interview on {{interviewDate}} at {{interviewTime}}. We hope all is well.

If you are still interested in the {{jobTitle}} role, reply to this e-mail or contact {{recruiterName}}, and we will see whether a new time is possible.

You can see where your application stands at:
{{portalLink}}

${signOffEn}`,
    },
  },
  rejection: {
    id: {
      subject: 'Kabar lamaran Anda untuk {{jobTitle}}',
      body: `Halo {{candidateName}},

Terima kasih atas waktu dan minat Anda pada posisi {{jobTitle}} di {{companyName}}. Setelah menimbang dengan saksama, kami memutuskan untuk melanjutkan proses dengan kandidat lain.

Keputusan ini bukan ukuran nilai Anda. Kami menghargai usaha yang Anda berikan dan berharap Anda menemukan tempat yang tepat; lowongan lain kami tetap terbuka untuk Anda.

${signOffId}`,
    },
    en: {
      subject: 'About your application for {{jobTitle}}',
      body: `Hello {{candidateName}},

Thank you for your time and your interest in the {{jobTitle}} role at {{companyName}}. After careful consideration we have decided to continue with other candidates.

This decision is not a measure of your worth. We appreciate the effort you put in and hope you find the right place; our other openings remain open to you.

${signOffEn}`,
    },
  },
  offer: {
    id: {
      subject: 'Kabar baik: penawaran untuk posisi {{jobTitle}}',
      body: `Halo {{candidateName}},

Dengan senang hati kami sampaikan bahwa kami ingin menawarkan posisi {{jobTitle}} di {{companyName}} kepada Anda.

{{recruiterName}} akan segera menghubungi Anda untuk membahas rincian penawaran dan langkah selanjutnya.

${signOffId}`,
    },
    en: {
      subject: 'Good news: an offer for the {{jobTitle}} role',
      body: `Hello {{candidateName}},

We are glad to tell you that we would like to offer you the {{jobTitle}} role at {{companyName}}.

{{recruiterName}} will contact you shortly to go through the details of the offer and the next steps.

${signOffEn}`,
    },
  },
  offer_sent: {
    id: {
      subject: 'Penawaran kerja untuk posisi {{jobTitle}} di {{companyName}}',
      body: `Halo {{candidateName}},

Dengan senang hati kami menawarkan posisi {{jobTitle}} di {{companyName}} kepada Anda.

Rincian penawaran (gaji, tunjangan, tanggal mulai {{startDate}}) dan surat penawarannya bisa Anda baca di halaman berikut. Di sana Anda juga bisa menerima, menolak, atau mengajukan perubahan:
{{portalLink}}

Mohon beri jawaban paling lambat {{expiresOn}}. Jika ada pertanyaan, balas saja e-mail ini.

${signOffId}`,
    },
    en: {
      subject: 'Your job offer for the {{jobTitle}} role at {{companyName}}',
      body: `Hello {{candidateName}},

We are glad to offer you the {{jobTitle}} role at {{companyName}}.

You can read the offer (salary, allowances, start date {{startDate}}) and its letter on the page below, where you can also accept it, decline it or ask for changes:
{{portalLink}}

Please answer by {{expiresOn}}. If you have any questions, just reply to this e-mail.

${signOffEn}`,
    },
  },
  offer_revised: {
    id: {
      subject: 'Penawaran kerja {{jobTitle}} yang sudah diperbarui',
      body: `Halo {{candidateName}},

Terima kasih atas tanggapan Anda. Kami sudah memperbarui penawaran untuk posisi {{jobTitle}} di {{companyName}} (versi {{version}}). Surat penawaran terlampir menggantikan surat sebelumnya.

Yang berubah: {{changes}}.

Rincian terbaru, termasuk tanggal mulai {{startDate}}, bisa Anda baca di halaman berikut. Di sana Anda bisa menerima, menolak, atau mengajukan perubahan lagi:
{{portalLink}}

Mohon beri jawaban paling lambat {{expiresOn}}. Jika ada pertanyaan, balas saja e-mail ini.

${signOffId}`,
    },
    en: {
      subject: 'Your revised offer for the {{jobTitle}} role',
      body: `Hello {{candidateName}},

Thank you for your reply. We have revised our offer for the {{jobTitle}} role at {{companyName}} (version {{version}}). The attached letter replaces the earlier one.

What changed: {{changes}}.

You can read the latest terms, including the start date {{startDate}}, on the page below, where you can accept, decline or ask for changes again:
{{portalLink}}

Please answer by {{expiresOn}}. If you have any questions, just reply to this e-mail.

${signOffEn}`,
    },
  },
  thank_you: {
    id: {
      subject: 'Terima kasih sudah datang ke interview {{jobTitle}}',
      body: `Halo {{candidateName}},

Terima kasih atas waktu Anda untuk interview posisi {{jobTitle}}. Tim kami sedang menimbang hasilnya dan akan mengabari Anda.

Status lamaran Anda bisa dilihat kapan saja di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Thank you for interviewing for {{jobTitle}}',
      body: `Hello {{candidateName}},

Thank you for your time at the interview for the {{jobTitle}} role. The team is weighing the outcome and will let you know.

You can see where your application stands at any time at:
{{portalLink}}

${signOffEn}`,
    },
  },
  panel_notice: {
    id: {
      subject: '{{update}}: {{stageName}} {{candidateName}}, {{interviewDate}} {{interviewTime}}',
      body: `Halo {{interviewerName}},

{{update}}.

Kandidat: {{candidateName}} ({{jobTitle}})
Tahap: {{stageName}}
Tanggal: {{interviewDate}}, {{interviewTime}} ({{durationMinutes}} menit)
Tempat:
{{location}}

{{kitLine}}`,
    },
    en: {
      subject:
        '{{update}}: {{stageName}} with {{candidateName}}, {{interviewDate}} {{interviewTime}}',
      body: `Hello {{interviewerName}},

{{update}}.

Candidate: {{candidateName}} ({{jobTitle}})
Stage: {{stageName}}
Date: {{interviewDate}}, {{interviewTime}} ({{durationMinutes}} minutes)
Where:
{{location}}

{{kitLine}}`,
    },
  },
  candidate_update: {
    id: {
      subject: 'Kabar dari kandidat: {{candidateName}} {{headline}} ({{jobTitle}})',
      body: `Halo {{recruiterName}},

{{update}}

Buka lamaran: {{applicationLink}}`,
    },
    en: {
      subject: 'News from the candidate: {{candidateName}} {{headline}} ({{jobTitle}})',
      body: `Hello {{recruiterName}},

{{update}}

Open the application: {{applicationLink}}`,
    },
  },
  hr_ended_application: {
    id: {
      subject: 'HR menghentikan lamaran {{candidateName}} ({{jobTitle}})',
      body: `Halo {{recipientName}},

HR menghentikan lamaran {{candidateName}} untuk {{jobTitle}} di tahap interview user.

Alasan HR (internal, tidak dikirim ke kandidat): {{reason}}

{{calledOff}}

Buka lamaran: {{applicationLink}}`,
    },
    en: {
      subject: 'HR ended the application of {{candidateName}} ({{jobTitle}})',
      body: `Hello {{recipientName}},

HR ended the application of {{candidateName}} for {{jobTitle}} at the user interview stage.

HR's reason (internal, never sent to the candidate): {{reason}}

{{calledOff}}

Open the application: {{applicationLink}}`,
    },
  },
  hr_reopened_application: {
    id: {
      subject: 'HR melanjutkan kembali lamaran {{candidateName}} ({{jobTitle}})',
      body: `Halo {{recipientName}},

HR melanjutkan kembali lamaran {{candidateName}} untuk {{jobTitle}}. Tahapnya sekarang: {{stageName}}.

{{yourRejection}}

Alasan HR (internal, tidak dikirim ke kandidat): {{reason}}

Buka lamaran: {{applicationLink}}`,
    },
    en: {
      subject: 'HR reopened the application of {{candidateName}} ({{jobTitle}})',
      body: `Hello {{recipientName}},

HR reopened the application of {{candidateName}} for {{jobTitle}}. Its stage is now: {{stageName}}.

{{yourRejection}}

HR's reason (internal, never sent to the candidate): {{reason}}

Open the application: {{applicationLink}}`,
    },
  },
  user_verdict: {
    id: {
      subject: 'Keputusan user untuk {{candidateName}} ({{jobTitle}}): tindak lanjut HR',
      body: `Halo {{recipientName}},

{{managerName}} mencatat keputusan interview user untuk {{candidateName}} ({{jobTitle}}):
{{verdict}}.

Catatan user (internal, tidak dikirim ke kandidat): {{note}}

Kandidat belum diberi tahu apa pun. Silakan tindak lanjuti: kirim kabar penolakan atau siapkan penawaran.

Buka lamaran: {{applicationLink}}`,
    },
    en: {
      subject: "The user's verdict on {{candidateName}} ({{jobTitle}}): HR to follow up",
      body: `Hello {{recipientName}},

{{managerName}} recorded the user interview verdict on {{candidateName}} ({{jobTitle}}):
{{verdict}}.

The user's note (internal, never sent to the candidate): {{note}}

The candidate has not been told anything yet. Please follow up: send the rejection or prepare the offer.

Open the application: {{applicationLink}}`,
    },
  },
  team_assignment: {
    id: {
      subject: 'Anda masuk tim rekrutmen {{jobTitle}}',
      body: `Halo {{recipientName}},

{{assignedBy}} menambahkan Anda ke tim rekrutmen lowongan {{jobTitle}} sebagai {{teamRole}}.

Lowongan ini kini ada di daftar Lowongan Anda, dan kandidat yang menunggu Anda akan muncul di halaman Hari ini.

Buka lowongan: {{jobLink}}`,
    },
    en: {
      subject: 'You are on the hiring team for {{jobTitle}}',
      body: `Hello {{recipientName}},

{{assignedBy}} added you to the hiring team for {{jobTitle}} as {{teamRole}}.

The job is now on your Jobs list, and candidates waiting for you will show on your Today page.

Open the job: {{jobLink}}`,
    },
  },
  offer_answer: {
    id: {
      subject: '{{candidateName}} ({{jobTitle}}): {{answer}}',
      body: `Halo {{recipientName}},

{{answer}}

Rincian jawaban ada di lamaran: {{applicationLink}}`,
    },
    en: {
      subject: '{{candidateName}} ({{jobTitle}}): {{answer}}',
      body: `Hello {{recipientName}},

{{answer}}

The answer's details are on the application: {{applicationLink}}`,
    },
  },
  offer_reminder: {
    id: {
      subject: 'Pengingat: penawaran {{jobTitle}} berlaku sampai {{expiresOn}}',
      body: `Halo {{candidateName}},

Penawaran kerja untuk posisi {{jobTitle}} di {{companyName}} masih menunggu jawaban Anda dan berlaku sampai {{expiresOn}}.

Baca penawaran dan jawab (terima, tolak, atau minta perubahan) di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Reminder: the {{jobTitle}} offer is open until {{expiresOn}}',
      body: `Hello {{candidateName}},

The job offer for the {{jobTitle}} role at {{companyName}} is still waiting for your answer and is open until {{expiresOn}}.

Read the offer and answer (accept, decline, or ask for changes) at:
{{portalLink}}

${signOffEn}`,
    },
  },
  offer_hold_firm: {
    id: {
      subject: 'Jawaban atas permintaan perubahan penawaran {{jobTitle}}',
      body: `Halo {{candidateName}},

Terima kasih atas masukan Anda. Setelah kami pertimbangkan, penawaran untuk posisi {{jobTitle}} tetap seperti yang kami kirim.

{{note}}

Penawaran berlaku sampai {{expiresOn}}. Anda bisa menerima atau menolaknya di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Our answer to your requested changes to the {{jobTitle}} offer',
      body: `Hello {{candidateName}},

Thank you for your proposal. Having considered it, we keep the offer for the {{jobTitle}} role as we sent it.

{{note}}

The offer is open until {{expiresOn}}. You can accept or decline it at:
{{portalLink}}

${signOffEn}`,
    },
  },
  offer_withdrawn: {
    id: {
      subject: 'Penawaran {{jobTitle}} ditarik kembali',
      body: `Halo {{candidateName}},

Dengan menyesal kami sampaikan bahwa penawaran kerja untuk posisi {{jobTitle}} di {{companyName}} kami tarik kembali dan tidak dapat diterima lagi.

Status lamaran Anda dapat dilihat di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'The {{jobTitle}} offer has been withdrawn',
      body: `Hello {{candidateName}},

We regret to tell you that the job offer for the {{jobTitle}} role at {{companyName}} has been withdrawn and can no longer be accepted.

You can see the status of your application at:
{{portalLink}}

${signOffEn}`,
    },
  },
  offer_accepted: {
    id: {
      subject: 'Terima kasih, Anda menerima penawaran {{jobTitle}}',
      body: `Halo {{candidateName}},

Terima kasih, penerimaan Anda atas penawaran kerja posisi {{jobTitle}} di {{companyName}} sudah kami terima. Tanggal mulai kerja Anda: {{startDate}}.

Langkah berikutnya: tim HR akan menghubungi Anda mengenai hari pertama dan dokumen yang perlu disiapkan.

Penawaran yang Anda terima dan suratnya tetap bisa Anda lihat di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Thank you for accepting the {{jobTitle}} offer',
      body: `Hello {{candidateName}},

Thank you: we have received your acceptance of the job offer for the {{jobTitle}} role at {{companyName}}. Your start date is {{startDate}}.

What happens next: HR will contact you about your first day and the documents to prepare.

You can still read the offer you accepted and its letter at:
{{portalLink}}

${signOffEn}`,
    },
  },
  offer_extended: {
    id: {
      subject: 'Penawaran {{jobTitle}} diperpanjang sampai {{expiresOn}}',
      body: `Halo {{candidateName}},

Kami memberi Anda waktu lebih lama untuk menjawab penawaran kerja posisi {{jobTitle}} di {{companyName}}. Penawaran kini berlaku sampai {{expiresOn}}.

Baca penawaran dan jawab (terima, tolak, atau minta perubahan) di:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'The {{jobTitle}} offer is now open until {{expiresOn}}',
      body: `Hello {{candidateName}},

We are giving you longer to answer the job offer for the {{jobTitle}} role at {{companyName}}. The offer is now open until {{expiresOn}}.

Read the offer and answer (accept, decline, or ask for changes) at:
{{portalLink}}

${signOffEn}`,
    },
  },
  offer_approval_request: {
    id: {
      subject: 'Mohon persetujuan penawaran: {{candidateName}} ({{jobTitle}})',
      body: `Halo {{recipientName}},

HR meminta persetujuan Anda atas penawaran untuk {{candidateName}} (posisi {{jobTitle}}). Penawaran baru bisa dikirim ke kandidat setelah disetujui.

Baca rinciannya lalu setujui atau tolak di: {{applicationLink}}`,
    },
    en: {
      subject: 'Offer awaiting your approval: {{candidateName}} ({{jobTitle}})',
      body: `Hello {{recipientName}},

HR asks you to approve the offer for {{candidateName}} ({{jobTitle}}). The offer can be sent to the candidate only once it is approved.

Read the details, then approve or reject it at: {{applicationLink}}`,
    },
  },
  imported_notice: {
    id: {
      subject: 'Data Anda dalam proses rekrutmen {{companyName}}',
      body: `Halo {{candidateName}},

Tim HR {{companyName}} memasukkan data Anda (nama, kontak, dan catatan dari berkas rekrutmen kami, misalnya lamaran yang pernah Anda kirim) ke Seleksi, sistem rekrutmen kami, untuk mempertimbangkan Anda dalam proses rekrutmen kami.

Kami memberi tahu Anda sesuai Undang-Undang Pelindungan Data Pribadi (UU No. 27 Tahun 2022), karena data ini tidak kami terima langsung dari Anda melalui sistem ini. Data Anda hanya dipakai untuk rekrutmen, dan hanya tim yang menangani rekrutmen yang dapat melihatnya.

Anda berhak meminta salinan data Anda, memperbaikinya, menariknya dari proses ini, atau meminta data Anda dihapus. Balas e-mail ini dan tim HR kami akan menindaklanjutinya.

Salam,
Tim HR {{companyName}}`,
    },
    en: {
      subject: 'Your details in the {{companyName}} recruitment process',
      body: `Hello {{candidateName}},

The HR team at {{companyName}} added your details (name, contact details and notes from our recruitment records, for instance an application you sent us) to Seleksi, our recruitment system, to consider you in our recruitment.

We tell you this under Indonesia's Personal Data Protection Law (Law No. 27 of 2022), as we did not receive these details from you through this system. Your data is used for recruitment only, and only the team handling recruitment can see it.

You may ask for a copy of your data, have it corrected, withdraw from this process, or have your data deleted. Reply to this e-mail and our HR team will take care of it.

Kind regards,
The {{companyName}} HR team`,
    },
  },
  put_forward: {
    id: {
      subject: 'Kami mempertimbangkan Anda untuk posisi {{jobTitle}}',
      body: `Halo {{candidateName}},

Karena Anda bergabung dengan talent pool {{companyName}}, tim HR kami mempertimbangkan Anda untuk posisi {{jobTitle}}.

Status proses ini dan persiapan tiap tahap ada di halaman lamaran Anda. Di sana Anda juga bisa mengundurkan diri dari proses ini, atau keluar dari talent pool agar tidak dipertimbangkan untuk lowongan lain:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'We are considering you for the {{jobTitle}} role',
      body: `Hello {{candidateName}},

Because you joined the {{companyName}} talent pool, our HR team is considering you for the {{jobTitle}} role.

Your application page shows where this process stands and how to prepare for each stage. There you can also withdraw from this process, or leave the talent pool so you are not considered for other openings:
{{portalLink}}

${signOffEn}`,
    },
  },
  portal_link_renewed: {
    id: {
      subject: 'Tautan baru ke halaman lamaran {{jobTitle}} Anda',
      body: `Halo {{candidateName}},

Kami membuat tautan baru ke halaman lamaran Anda untuk posisi {{jobTitle}} di {{companyName}}. Tautan yang kami kirim sebelumnya tidak berlaku lagi; mohon gunakan tautan ini:
{{portalLink}}

Di halaman itu Anda bisa melihat status lamaran Anda dan jadwal interview.

${signOffId}`,
    },
    en: {
      subject: 'A new link to your {{jobTitle}} application page',
      body: `Hello {{candidateName}},

We have made a new link to your application page for the {{jobTitle}} role at {{companyName}}. The link we sent you before no longer works; please use this one:
{{portalLink}}

That page shows where your application stands and your interview times.

${signOffEn}`,
    },
  },
  application_reopened: {
    id: {
      subject: 'Lamaran {{jobTitle}} Anda kami lanjutkan',
      body: `Halo {{candidateName}},

Lamaran Anda untuk posisi {{jobTitle}} di {{companyName}} kami lanjutkan.

{{earlierEnding}}

Tahap Anda sekarang: {{stageName}}.

Status terbaru, jadwal interview bila sudah ada, dan persiapan tiap tahap ada di halaman lamaran Anda:
{{portalLink}}

${signOffId}`,
    },
    en: {
      subject: 'Your {{jobTitle}} application is going ahead',
      body: `Hello {{candidateName}},

Your application for the {{jobTitle}} role at {{companyName}} is going ahead.

{{earlierEnding}}

Your current stage: {{stageName}}.

Your application page shows the latest status, any interview once it is booked, and how to prepare for each stage:
{{portalLink}}

${signOffEn}`,
    },
  },
  talent_pool_invitation: {
    id: {
      subject: 'Boleh kami pertimbangkan Anda untuk posisi {{jobTitle}}?',
      body: `Halo {{candidateName}},

Terima kasih atas minat Anda pada {{companyName}}. Kami membuka posisi {{jobTitle}} yang mungkin cocok untuk Anda.

Saat melamar, Anda mengizinkan data Anda dipakai hanya untuk lowongan yang Anda lamar. Karena itu kami bertanya lebih dulu: bolehkah data Anda kami simpan di talent pool (daftar kandidat yang boleh kami hubungi untuk lowongan lain), agar kami bisa mempertimbangkan Anda untuk posisi ini dan lowongan berikutnya? Anda bisa menarik izin ini kapan saja.

Jawab di sini (tautan berlaku sampai {{linkExpiresAt}}):
{{invitationLink}}

Jika Anda tidak menjawab, tidak ada yang berubah.

${signOffId}`,
    },
    en: {
      subject: 'May we consider you for the {{jobTitle}} role?',
      body: `Hello {{candidateName}},

Thank you for your interest in {{companyName}}. We have a {{jobTitle}} role that may suit you.

When you applied, you let us use your data only for the job you applied to. So we ask first: may we keep your data in our talent pool (the candidates we may contact about other openings) and consider you for this role and later ones? You can withdraw this at any time.

Answer here (the link works until {{linkExpiresAt}}):
{{invitationLink}}

If you do not answer, nothing changes.

${signOffEn}`,
    },
  },
  account_invitation: {
    id: {
      subject: 'Undangan ke Seleksi, sistem rekrutmen {{companyName}}',
      body: `Halo {{userName}},

Anda diundang memakai Seleksi, sistem rekrutmen {{companyName}}. Buat kata sandi Anda lewat tautan ini:
{{passwordLink}}

Tautan hanya bisa dipakai sekali dan berlaku sampai {{linkExpiresAt}}. Jika Anda tidak menunggu undangan ini, abaikan saja e-mail ini.

Salam,
{{companyName}}`,
    },
    en: {
      subject: 'Your invitation to Seleksi, the recruiting system of {{companyName}}',
      body: `Hello {{userName}},

You have been invited to use Seleksi, the recruiting system of {{companyName}}. Create your password with this link:
{{passwordLink}}

The link works once, until {{linkExpiresAt}}. If you were not expecting this invitation, you can ignore this e-mail.

Kind regards,
{{companyName}}`,
    },
  },
  password_reset: {
    id: {
      subject: 'Atur ulang kata sandi Seleksi Anda',
      body: `Halo {{userName}},

Admin {{companyName}} membuat tautan untuk mengatur ulang kata sandi Seleksi Anda:
{{passwordLink}}

Tautan hanya bisa dipakai sekali dan berlaku sampai {{linkExpiresAt}}. Setelah kata sandi diganti, semua sesi Anda yang lain berakhir. Jika Anda tidak memintanya, beri tahu admin Anda.

Salam,
{{companyName}}`,
    },
    en: {
      subject: 'Reset your Seleksi password',
      body: `Hello {{userName}},

An admin at {{companyName}} made a link to reset your Seleksi password:
{{passwordLink}}

The link works once, until {{linkExpiresAt}}. Once the password is changed, all your other sessions end. If you did not ask for this, tell your admin.

Kind regards,
{{companyName}}`,
    },
  },
  recovery_code_used: {
    id: {
      subject: 'Kode pemulihan dipakai untuk masuk ke Seleksi',
      body: `Halo {{userName}},

Seseorang masuk ke akun Seleksi Anda di {{companyName}} dengan kata sandi dan salah satu kode pemulihan verifikasi dua langkah, pada {{usedAt}}. Kode itu tidak bisa dipakai lagi; sisa kode Anda: {{codesLeft}}.

Jika itu Anda, tidak perlu berbuat apa-apa; buat kode baru bila sisanya sedikit. Jika bukan Anda, segera ganti kata sandi, buat kode pemulihan baru, dan beri tahu admin Anda:
{{accountLink}}

Salam,
{{companyName}}`,
    },
    en: {
      subject: 'A recovery code was used to sign in to Seleksi',
      body: `Hello {{userName}},

Someone signed in to your Seleksi account at {{companyName}} with your password and one of your two-factor recovery codes, at {{usedAt}}. That code no longer works; codes left: {{codesLeft}}.

If this was you, there is nothing to do; make new codes when few are left. If it was not you, change your password, make new recovery codes and tell your admin at once:
{{accountLink}}

Kind regards,
{{companyName}}`,
    },
  },
  recovery_codes_regenerated: {
    id: {
      subject: 'Kode pemulihan Seleksi Anda dibuat baru',
      body: `Halo {{userName}},

Satu set kode pemulihan verifikasi dua langkah yang baru dibuat untuk akun Seleksi Anda di {{companyName}}, pada {{madeAt}}. Kode lama Anda tidak bisa dipakai lagi.

Jika itu Anda, tidak perlu berbuat apa-apa. Jika bukan Anda, segera ganti kata sandi, buat kode pemulihan baru, dan beri tahu admin Anda:
{{accountLink}}

Salam,
{{companyName}}`,
    },
    en: {
      subject: 'New recovery codes for your Seleksi account',
      body: `Hello {{userName}},

A new set of two-factor recovery codes was made for your Seleksi account at {{companyName}}, at {{madeAt}}. Your old codes no longer work.

If this was you, there is nothing to do. If it was not you, change your password, make new recovery codes and tell your admin at once:
{{accountLink}}

Kind regards,
{{companyName}}`,
    },
  },
};
