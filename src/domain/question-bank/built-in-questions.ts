import type {
  Bilingual,
  FocusAttribute,
  InterviewStage,
  QuestionRole,
  QuestionType,
} from '../interview';

export interface BuiltInQuestion {
  /** Stable slug; the database keeps it so a re-seed never duplicates a question. */
  key: string;
  stage: InterviewStage;
  attribute: FocusAttribute;
  type: QuestionType;
  /** Empty: fits any role. */
  roles: QuestionRole[];
  text: Bilingual;
  /** What a good answer shows. */
  goodAnswer: Bilingual;
  /** What to listen for as a warning sign. */
  redFlags: Bilingual;
}

export const builtInQuestions: BuiltInQuestion[] = [
  // ---------------------------------------------------------------------------
  // Interview HR: character, attitude and fit. Any role.
  // ---------------------------------------------------------------------------

  // attitude
  {
    key: 'hr-main-strengths',
    stage: 'hr',
    attribute: 'attitude',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Apa kelebihan utama Anda, dan bisakah Anda memberi contoh saat kelebihan itu terlihat dalam pekerjaan?',
      en: 'What is your main strength, and can you give an example of it showing at work?',
    },
    goodAnswer: {
      id: 'Memilih satu atau dua kelebihan yang relevan dengan posisi dan membuktikannya dengan cerita nyata beserta hasilnya, tanpa melebih-lebihkan.',
      en: 'Picks one or two strengths that matter for the role and backs them with a real story and its result, without overselling.',
    },
    redFlags: {
      id: 'Deretan kata sifat umum seperti “pekerja keras” atau “perfeksionis” tanpa bukti, atau klaim yang terdengar berlebihan dan tidak cocok dengan CV.',
      en: 'A string of generic adjectives such as “hard worker” or “perfectionist” with no evidence, or inflated claims that do not match the CV.',
    },
  },
  {
    key: 'hr-receiving-criticism',
    stage: 'hr',
    attribute: 'attitude',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan saat atasan atau rekan memberi kritik tajam atas pekerjaan Anda. Bagaimana tanggapan Anda?',
      en: 'Tell us about a time a manager or colleague sharply criticised your work. How did you respond?',
    },
    goodAnswer: {
      id: 'Menunjukkan ia mendengarkan tanpa membela diri, memilah bagian kritik yang benar, lalu mengubah cara kerjanya dengan perbaikan yang konkret.',
      en: 'Shows they listened without getting defensive, sorted out which parts were fair, and changed how they work, with a concrete improvement as the result.',
    },
    redFlags: {
      id: 'Masih merasa kritik itu keliru dan menyerang balik orang yang memberi kritik, atau mengaku belum pernah dikritik sama sekali.',
      en: 'Still insists the criticism was wrong and attacks the person who gave it, or claims never to have been criticised.',
    },
  },
  {
    key: 'hr-failure-lesson',
    stage: 'hr',
    attribute: 'attitude',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan satu kegagalan dalam pekerjaan Anda dan apa yang Anda pelajari darinya.',
      en: 'Tell us about a failure at work and what you learned from it.',
    },
    goodAnswer: {
      id: 'Mengakui kegagalan yang nyata beserta perannya sendiri di dalamnya, lalu menunjukkan pelajaran yang benar-benar ia terapkan sesudahnya.',
      en: 'Owns a real failure and their own part in it, then shows a lesson they actually put into practice afterwards.',
    },
    redFlags: {
      id: 'Memilih “kegagalan” yang sebenarnya keberhasilan, melempar kesalahan ke orang lain, atau tidak bisa menyebut pelajaran apa pun.',
      en: 'Picks a “failure” that is really a success, shifts the blame onto others, or cannot name any lesson.',
    },
  },
  {
    key: 'hr-short-tenure',
    stage: 'hr',
    attribute: 'attitude',
    type: 'cv_clarification',
    roles: [],
    text: {
      id: 'Anda hanya bekerja beberapa bulan di perusahaan sebelumnya. Boleh diceritakan apa yang terjadi?',
      en: 'You stayed only a few months at your previous company. Could you tell us what happened?',
    },
    goodAnswer: {
      id: 'Menjelaskan situasinya secara terbuka, mengakui bagian tanggung jawabnya sendiri, dan menunjukkan apa yang ia pelajari serta mengapa kali ini ia berniat bertahan lebih lama.',
      en: 'Explains the situation openly, owns their share of it, and shows what they learned and why they intend to stay longer this time.',
    },
    redFlags: {
      id: 'Pola pindah kerja cepat yang berulang tanpa alasan jelas, selalu menyalahkan pihak lain, atau tidak bisa menjelaskan komitmennya untuk posisi ini.',
      en: 'A repeated pattern of quick exits with no clear reason, always blaming someone else, or no account of their commitment to this role.',
    },
  },

  // communication
  {
    key: 'hr-tell-me-about-yourself',
    stage: 'hr',
    attribute: 'communication',
    type: 'cv_clarification',
    roles: [],
    text: {
      id: 'Silakan ceritakan tentang diri Anda secara singkat.',
      en: 'Please tell us briefly about yourself.',
    },
    goodAnswer: {
      id: 'Ringkas dan runtut, misalnya latar belakang, pengalaman kerja, lalu alasan melamar, selesai dalam dua sampai tiga menit dengan kaitan yang jelas ke posisi ini.',
      en: 'Brief and well ordered, for example background, work experience, then the reason for applying, done in two to three minutes with a clear link to this position.',
    },
    redFlags: {
      id: 'Membacakan ulang CV baris demi baris, bercerita panjang tanpa arah, atau banyak membahas urusan pribadi yang tidak berhubungan dengan pekerjaan.',
      en: 'Reads the CV back line by line, talks at length with no direction, or dwells on personal matters unrelated to the job.',
    },
  },
  {
    key: 'hr-explain-complex-simply',
    stage: 'hr',
    attribute: 'communication',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan saat Anda harus menjelaskan hal yang rumit kepada orang yang tidak memahami bidang Anda. Bagaimana caranya?',
      en: 'Tell us about a time you had to explain something complicated to someone outside your field. How did you go about it?',
    },
    goodAnswer: {
      id: 'Menyesuaikan bahasa dengan pendengar, memakai contoh atau perumpamaan sederhana, dan memastikan pesannya benar-benar dipahami.',
      en: 'Adapted their language to the listener, used simple examples or comparisons, and checked that the message had really landed.',
    },
    redFlags: {
      id: 'Penjelasannya sendiri di ruang wawancara berbelit-belit dan penuh istilah, atau menyalahkan pendengar yang dianggap “tidak paham”.',
      en: 'Their own explanation in the interview is convoluted and full of jargon, or they blame the listener for “not getting it”.',
    },
  },
  {
    key: 'hr-disagree-in-meeting',
    stage: 'hr',
    attribute: 'communication',
    type: 'situational',
    roles: [],
    text: {
      id: 'Dalam sebuah rapat, Anda yakin rencana yang hampir disepakati punya kelemahan besar. Apa yang Anda lakukan?',
      en: 'In a meeting, you are convinced the plan about to be agreed has a major flaw. What do you do?',
    },
    goodAnswer: {
      id: 'Menyampaikan keberatan dengan sopan pada saat yang tepat, disertai data atau alasan yang jelas dan usulan alternatif, lalu menghormati keputusan akhir tim.',
      en: "Raises the concern politely at the right moment, with data or clear reasons and an alternative, then respects the team's final decision.",
    },
    redFlags: {
      id: 'Diam saat rapat lalu mengeluh di belakang, memotong pembicaraan orang lain, atau memaksakan pendapat tanpa mau mendengar.',
      en: 'Says nothing in the meeting and complains afterwards, cuts others off, or pushes their view without listening.',
    },
  },

  // motivation
  {
    key: 'hr-why-this-company',
    stage: 'hr',
    attribute: 'motivation',
    type: 'motivation',
    roles: [],
    text: {
      id: 'Mengapa Anda tertarik bekerja di perusahaan kami?',
      en: 'Why do you want to work at our company?',
    },
    goodAnswer: {
      id: 'Menyebut hal spesifik tentang perusahaan, seperti produk, layanan, nilai, atau arah bisnis, yang sudah ia pelajari sendiri, lalu mengaitkannya dengan minat dan pengalamannya.',
      en: 'Names specific things about the company, such as its products, services, values or direction, that they researched themselves, and ties them to their own interests and experience.',
    },
    redFlags: {
      id: 'Jawaban yang bisa dipakai untuk perusahaan mana saja, tidak tahu apa yang dikerjakan perusahaan, atau alasan satu-satunya gaji dan jarak dari rumah.',
      en: 'An answer that would fit any employer, no idea what the company does, or pay and commute as the only reasons.',
    },
  },
  {
    key: 'hr-motivation-for-position',
    stage: 'hr',
    attribute: 'motivation',
    type: 'motivation',
    roles: [],
    text: {
      id: 'Apa yang membuat Anda tertarik dengan posisi ini secara khusus?',
      en: 'What draws you to this particular position?',
    },
    goodAnswer: {
      id: 'Menunjukkan pemahaman tentang isi pekerjaan dan antusiasme yang tulus, didukung contoh kapan ia menikmati tugas serupa sebelumnya.',
      en: 'Shows they understand what the job involves and are genuinely keen, backed by an example of enjoying similar work before.',
    },
    redFlags: {
      id: 'Terkesan melamar asal ada lowongan, tidak bisa menyebut satu pun tugas inti posisi ini, atau tampak tidak bersemangat.',
      en: 'Sounds like they applied to whatever was open, cannot name a single core task of the role, or shows little enthusiasm.',
    },
  },
  {
    key: 'hr-career-direction',
    stage: 'hr',
    attribute: 'motivation',
    type: 'motivation',
    roles: [],
    text: {
      id: 'Bagaimana Anda melihat arah karier Anda dalam tiga sampai lima tahun ke depan?',
      en: 'Where do you see your career heading over the next three to five years?',
    },
    goodAnswer: {
      id: 'Rencana yang realistis dan sejalan dengan jenjang yang mungkin ada di perusahaan ini, termasuk keterampilan yang ingin ia kembangkan.',
      en: 'A realistic plan that fits the paths this company can offer, including the skills they want to build.',
    },
    redFlags: {
      id: 'Tidak punya gambaran sama sekali, atau rencananya jelas menjadikan posisi ini sekadar batu loncatan singkat ke bidang lain.',
      en: 'No idea at all, or a plan that plainly treats this job as a brief stepping stone into a different field.',
    },
  },
  {
    key: 'hr-what-motivates-you',
    stage: 'hr',
    attribute: 'motivation',
    type: 'motivation',
    roles: [],
    text: {
      id: 'Apa yang paling membuat Anda bersemangat dalam bekerja?',
      en: 'What motivates you most at work?',
    },
    goodAnswer: {
      id: 'Sumber motivasi yang jujur dan spesifik, misalnya melihat dampak pekerjaan atau memecahkan masalah, disertai contoh saat motivasi itu menghasilkan kerja yang baik.',
      en: 'An honest, specific source of drive, such as seeing the impact of the work or cracking problems, with an example of it leading to good results.',
    },
    redFlags: {
      id: 'Jawaban klise tanpa contoh, atau motivasi yang bertolak belakang dengan isi pekerjaan ini.',
      en: 'A cliché with no example, or a motivation that clashes with what this job actually involves.',
    },
  },

  // culture_fit
  {
    key: 'hr-alone-or-team',
    stage: 'hr',
    attribute: 'culture_fit',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Anda lebih suka bekerja sendiri atau dalam tim? Mengapa?',
      en: 'Do you prefer working alone or in a team? Why?',
    },
    goodAnswer: {
      id: 'Nyaman dengan keduanya dan tahu kapan masing-masing cocok, dengan contoh tugas yang ia kerjakan mandiri dan tugas yang ia selesaikan bersama tim.',
      en: 'Comfortable with both and knows when each fits, with an example of work done independently and work finished together with a team.',
    },
    redFlags: {
      id: 'Bersikeras hanya mau bekerja sendiri, atau hanya bisa bekerja bila bersama tim, tanpa fleksibilitas.',
      en: 'Insists on working only alone, or can only function inside a team, with no flexibility either way.',
    },
  },
  {
    key: 'hr-ideal-work-environment',
    stage: 'hr',
    attribute: 'culture_fit',
    type: 'motivation',
    roles: [],
    text: {
      id: 'Seperti apa lingkungan kerja yang membuat Anda bisa bekerja paling baik?',
      en: 'What kind of work environment brings out your best work?',
    },
    goodAnswer: {
      id: 'Gambaran yang jujur dan cukup rinci, misalnya gaya kepemimpinan, ritme kerja, dan cara berkomunikasi, yang bisa dibandingkan dengan budaya tim ini, serta kesediaan untuk menyesuaikan diri.',
      en: "An honest, fairly detailed picture, such as leadership style, pace and communication habits, that can be set against this team's culture, plus a willingness to adjust.",
    },
    redFlags: {
      id: 'Tuntutan yang jelas bertentangan dengan budaya perusahaan, atau jawaban serba umum yang hanya ingin menyenangkan pewawancara.',
      en: "Demands that clearly clash with the company's culture, or a vague answer aimed only at pleasing the interviewer.",
    },
  },
  {
    key: 'hr-company-values',
    stage: 'hr',
    attribute: 'culture_fit',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Dari nilai-nilai perusahaan kami yang sudah Anda ketahui, mana yang paling dekat dengan cara Anda bekerja? Berikan contohnya.',
      en: 'Of our company values that you know of, which one is closest to how you work? Give an example.',
    },
    goodAnswer: {
      id: 'Mengetahui nilai perusahaan dari riset sendiri dan menghubungkan salah satunya dengan tindakan nyata di pekerjaan sebelumnya.',
      en: "Knows the company's values from their own research and connects one of them to something they actually did in a previous job.",
    },
    redFlags: {
      id: 'Tidak tahu nilai perusahaan sama sekali, atau hanya mengulang slogan tanpa contoh perilaku.',
      en: "Does not know the company's values at all, or just repeats a slogan with no example of behaviour.",
    },
  },

  // discipline
  {
    key: 'hr-punctuality',
    stage: 'hr',
    attribute: 'discipline',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Bagaimana Anda memastikan selalu tepat waktu, baik untuk jam kerja, rapat, maupun tenggat? Pernahkah Anda terlambat, dan apa yang Anda lakukan saat itu?',
      en: 'How do you make sure you are on time for work, meetings and deadlines? Have you ever been late, and what did you do about it?',
    },
    goodAnswer: {
      id: 'Kebiasaan konkret yang ia jalankan, seperti pengingat, perencanaan, atau berangkat lebih awal, dan sikap bertanggung jawab saat pernah terlambat, misalnya memberi kabar sedini mungkin.',
      en: 'Concrete habits they keep, such as reminders, planning or leaving early, and ownership when they were late, for example warning people as early as possible.',
    },
    redFlags: {
      id: 'Menganggap terlambat itu hal biasa, selalu menyalahkan macet atau orang lain, atau datang terlambat ke wawancara ini tanpa kabar.',
      en: 'Treats lateness as normal, always blames traffic or other people, or turned up late to this interview without a word.',
    },
  },
  {
    key: 'hr-organising-daily-work',
    stage: 'hr',
    attribute: 'discipline',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Bagaimana Anda mengatur pekerjaan harian agar tidak ada tugas yang terlewat?',
      en: 'How do you organise your daily work so that nothing slips through?',
    },
    goodAnswer: {
      id: 'Sistem nyata yang ia pakai secara konsisten, seperti daftar tugas, kalender, atau prioritas harian, dan bukti bahwa cara itu berhasil, misalnya tenggat yang selalu terpenuhi.',
      en: 'A real system they use consistently, such as a task list, calendar or daily priorities, and evidence it works, for example deadlines reliably met.',
    },
    redFlags: {
      id: 'Hanya mengandalkan ingatan, tidak punya cara yang jelas, atau contohnya justru menunjukkan tugas sering terlupa.',
      en: 'Relies on memory alone, has no clear method, or gives examples in which tasks regularly got forgotten.',
    },
  },
  {
    key: 'hr-rule-you-disagree-with',
    stage: 'hr',
    attribute: 'discipline',
    type: 'situational',
    roles: [],
    text: {
      id: 'Jika ada aturan atau prosedur kantor yang menurut Anda kurang efisien, apa yang akan Anda lakukan?',
      en: 'If an office rule or procedure seems inefficient to you, what would you do?',
    },
    goodAnswer: {
      id: 'Tetap mematuhi aturan selama masih berlaku, sambil mengusulkan perbaikan melalui jalur yang tepat dengan alasan yang jelas.',
      en: 'Keeps following the rule while it stands, and proposes a change through the proper channel with clear reasons.',
    },
    redFlags: {
      id: 'Memutuskan sendiri untuk mengabaikan aturan, mengajak orang lain ikut melanggar, atau hanya mengeluh tanpa usulan.',
      en: 'Decides on their own to ignore the rule, gets others to break it too, or only complains without suggesting anything.',
    },
  },

  // adaptability
  {
    key: 'hr-adapting-to-change',
    stage: 'hr',
    attribute: 'adaptability',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan saat terjadi perubahan besar di tempat kerja Anda, misalnya struktur tim, sistem, atau atasan baru. Bagaimana Anda menyesuaikan diri?',
      en: 'Tell us about a big change at work, such as a new team structure, system or manager. How did you adjust?',
    },
    goodAnswer: {
      id: 'Cerita konkret yang menunjukkan ia cepat memahami perubahan, mencari informasi atau pelatihan yang dibutuhkan, tetap produktif, dan bahkan membantu rekan lain beradaptasi.',
      en: 'A concrete story showing they grasped the change quickly, sought the information or training needed, stayed productive, and even helped others settle in.',
    },
    redFlags: {
      id: 'Hanya mengeluhkan perubahannya, menolak cara kerja baru, atau butuh waktu sangat lama tanpa inisiatif sendiri.',
      en: 'Only complains about the change, resists the new way of working, or takes a very long time with no initiative of their own.',
    },
  },
  {
    key: 'hr-learning-something-new-fast',
    stage: 'hr',
    attribute: 'adaptability',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Pernahkah Anda harus menguasai hal baru dalam waktu singkat? Bagaimana Anda mempelajarinya?',
      en: 'Have you ever had to master something new in a short time? How did you learn it?',
    },
    goodAnswer: {
      id: 'Cara belajar yang terarah, seperti sumber yang dipakai, bertanya kepada orang yang tepat, dan langsung praktik, dengan hasil yang bisa diukur dalam jangka waktu tertentu.',
      en: 'A focused way of learning, such as the sources used, asking the right people and hands-on practice, with a measurable result within a set time.',
    },
    redFlags: {
      id: 'Tidak punya contoh, menunggu diajari tanpa inisiatif, atau mengaku sudah menguasai tanpa bukti.',
      en: 'Has no example, waited to be taught with no initiative, or claims mastery with nothing to show for it.',
    },
  },
  {
    key: 'hr-sudden-priority-change',
    stage: 'hr',
    attribute: 'adaptability',
    type: 'situational',
    roles: [],
    text: {
      id: 'Anda sedang mengerjakan tugas penting, lalu atasan meminta Anda beralih ke prioritas lain yang mendesak. Bagaimana sikap Anda?',
      en: 'You are in the middle of an important task when your manager asks you to switch to another urgent priority. How do you handle it?',
    },
    goodAnswer: {
      id: 'Menerima perubahan dengan tenang, memastikan prioritas dan tenggat yang baru, mengabari pihak yang terdampak, dan mencatat posisi tugas lama agar mudah dilanjutkan.',
      en: 'Accepts the switch calmly, confirms the new priority and deadline, tells whoever is affected, and notes where the old task stands so it is easy to pick up again.',
    },
    redFlags: {
      id: 'Menolak atau menggerutu, diam-diam tetap mengerjakan tugas lama, atau membiarkan tugas lama terbengkalai tanpa kabar.',
      en: 'Refuses or grumbles, quietly carries on with the old task, or lets the old task drop without telling anyone.',
    },
  },

  // emotional_stability
  {
    key: 'hr-weaknesses',
    stage: 'hr',
    attribute: 'emotional_stability',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Apa kelemahan Anda, dan apa yang sedang Anda lakukan untuk memperbaikinya?',
      en: 'What is one of your weaknesses, and what are you doing to improve it?',
    },
    goodAnswer: {
      id: 'Dengan tenang menyebut kelemahan yang nyata dan tidak fatal untuk posisi ini, lalu menjelaskan langkah perbaikan yang konkret serta kemajuan yang sudah terlihat.',
      en: 'Calmly names a genuine weakness that is not critical for this role, then explains concrete steps to improve and the progress made so far.',
    },
    redFlags: {
      id: 'Defensif atau mengaku tidak punya kelemahan, atau menyebut kelemahan palsu yang sebenarnya pujian diri, misalnya “terlalu rajin bekerja”.',
      en: 'Gets defensive or claims to have no weakness, or offers a fake weakness that is really self-praise, such as “I work too hard”.',
    },
  },
  {
    key: 'hr-conflict-with-colleague',
    stage: 'hr',
    attribute: 'emotional_stability',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan saat Anda berselisih dengan rekan kerja. Bagaimana Anda menyelesaikannya?',
      en: 'Tell us about a time you clashed with a colleague. How did you resolve it?',
    },
    goodAnswer: {
      id: 'Cerita STAR yang menunjukkan ia tetap tenang, mendengarkan sudut pandang rekannya, membicarakannya secara langsung dengan fokus pada solusi, dan hubungan kerja tetap baik.',
      en: 'A STAR story showing they kept calm, heard the other person out, talked it through directly with a focus on a solution, and kept the working relationship intact.',
    },
    redFlags: {
      id: 'Menimpakan semua kesalahan kepada rekan, bercerita dengan nada yang masih emosi, atau mengaku tidak pernah berkonflik sama sekali.',
      en: 'Puts all the blame on the colleague, tells the story still visibly upset, or claims never to have had any conflict.',
    },
  },
  {
    key: 'hr-working-under-pressure',
    stage: 'hr',
    attribute: 'emotional_stability',
    type: 'situational',
    roles: [],
    text: {
      id: 'Bayangkan target mendadak dimajukan dan atasan terus menanyakan progres. Bagaimana Anda menjaga diri tetap tenang dan pekerjaan tetap berjalan?',
      en: 'Imagine a target is suddenly brought forward and your manager keeps asking for updates. How do you stay calm and keep the work moving?',
    },
    goodAnswer: {
      id: 'Menjelaskan secara konkret cara mengelola emosi dan beban kerja: menyusun prioritas, memberi kabar progres tanpa diminta, dan meminta bantuan bila perlu, sebaiknya dengan contoh nyata.',
      en: 'Explains concretely how they handle both feelings and workload: setting priorities, giving updates before being asked, and asking for help when needed, ideally with a real example.',
    },
    redFlags: {
      id: 'Mengaku mudah panik atau marah tanpa cara mengatasinya, mengeluhkan atasan, atau sekadar berkata “saya selalu tenang” tanpa contoh.',
      en: 'Admits to panicking or snapping with no way of coping, complains about the manager, or just says “I am always calm” with no example.',
    },
  },
  {
    key: 'hr-handling-disappointment',
    stage: 'hr',
    attribute: 'emotional_stability',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan saat Anda kecewa di tempat kerja, misalnya usulan ditolak atau target tidak tercapai. Apa yang Anda lakukan setelahnya?',
      en: 'Tell us about a disappointment at work, such as a rejected proposal or a missed target. What did you do afterwards?',
    },
    goodAnswer: {
      id: 'Mengakui rasa kecewa secara wajar, lalu menunjukkan cara bangkit: meminta masukan, memperbaiki pendekatan, dan mencoba lagi dengan hasil yang bisa ia sebutkan.',
      en: 'Admits the disappointment in a measured way, then shows how they bounced back: asked for feedback, changed the approach and tried again, with a result they can name.',
    },
    redFlags: {
      id: 'Masih menyimpan dendam, menganggap keputusan itu tidak adil tanpa refleksi diri, atau berhenti berusaha setelahnya.',
      en: 'Still bears a grudge, calls the decision unfair with no self-reflection, or stopped trying afterwards.',
    },
  },

  // professionalism
  {
    key: 'hr-reason-for-leaving',
    stage: 'hr',
    attribute: 'professionalism',
    type: 'cv_clarification',
    roles: [],
    text: {
      id: 'Mengapa Anda meninggalkan, atau ingin meninggalkan, pekerjaan Anda yang terakhir?',
      en: 'Why did you leave, or why do you want to leave, your last job?',
    },
    goodAnswer: {
      id: 'Alasan jujur yang disampaikan secara positif dan berorientasi ke depan, misalnya mencari tantangan atau arah karier yang lebih sesuai, sambil tetap menghargai tempat kerja lama.',
      en: 'An honest reason framed positively and looking ahead, such as wanting a new challenge or a better career fit, while still showing respect for the old workplace.',
    },
    redFlags: {
      id: 'Menjelek-jelekkan atasan, rekan, atau perusahaan lama, atau alasan yang berubah-ubah dan tidak cocok dengan CV.',
      en: 'Badmouths the former boss, colleagues or company, or gives a reason that keeps shifting or does not match the CV.',
    },
  },
  {
    key: 'hr-salary-expectation',
    stage: 'hr',
    attribute: 'professionalism',
    type: 'situational',
    roles: [],
    text: {
      id: 'Berapa kisaran gaji yang Anda harapkan untuk posisi ini?',
      en: 'What salary range do you expect for this position?',
    },
    goodAnswer: {
      id: 'Menyebut kisaran yang realistis berdasarkan data gaji untuk pekerjaan sejenis di industri dan kota yang sama, serta nilai yang ia bawa, dan tetap terbuka membicarakan paket secara keseluruhan.',
      en: 'Gives a realistic range backed by what similar jobs pay in this industry and city, and by the value they bring, and stays open to discussing the whole package.',
    },
    redFlags: {
      id: 'Tidak punya gambaran sama sekali, menyebut angka jauh di atas pasar tanpa dasar, atau bersikap kaku seolah tidak ada ruang untuk berdiskusi.',
      en: 'Has no idea at all, names a figure far above the market with no basis, or is rigid as if there were no room to talk.',
    },
  },
  {
    key: 'hr-ethical-dilemma',
    stage: 'hr',
    attribute: 'professionalism',
    type: 'situational',
    roles: [],
    text: {
      id: 'Misalkan Anda melihat rekan kerja mengubah angka laporan agar targetnya terlihat tercapai. Apa yang akan Anda lakukan?',
      en: 'Suppose you see a colleague changing the figures in a report so their target looks met. What would you do?',
    },
    goodAnswer: {
      id: 'Menunjukkan integritas dengan langkah yang proporsional: menegur rekan secara langsung lebih dulu, lalu melapor melalui jalur yang benar bila tidak ada perubahan, tanpa menyebarkannya ke orang lain.',
      en: 'Shows integrity through proportionate steps: speak to the colleague first, then report through the proper channel if nothing changes, without spreading it around.',
    },
    redFlags: {
      id: 'Memilih diam karena merasa “bukan urusan saya”, langsung membicarakannya dengan rekan-rekan lain, atau menganggap kecurangan kecil itu wajar.',
      en: 'Stays silent because “it is not my business”, gossips about it with other colleagues, or treats small dishonesty as normal.',
    },
  },
  {
    key: 'hr-cv-gap',
    stage: 'hr',
    attribute: 'professionalism',
    type: 'cv_clarification',
    roles: [],
    text: {
      id: 'Di CV Anda ada jeda cukup lama di antara dua pekerjaan. Boleh Anda jelaskan apa yang Anda lakukan pada masa itu?',
      en: 'Your CV shows a fairly long gap between two jobs. Could you explain what you did during that time?',
    },
    goodAnswer: {
      id: 'Penjelasan yang jujur dan singkat, misalnya urusan keluarga, studi, kesehatan, atau masa mencari kerja, dan bila ada, apa yang tetap ia pelajari atau kerjakan selama itu.',
      en: 'A short, honest explanation, for example family, study, health or a job search, and where relevant what they kept learning or doing in that period.',
    },
    redFlags: {
      id: 'Mengelak, jawabannya tidak cocok dengan tanggal di CV, atau tampak mengarang cerita.',
      en: 'Dodges the question, gives an answer that does not match the dates on the CV, or seems to be making things up.',
    },
  },

  // The classics a candidate for an Indonesian HR interview expects and should have rehearsed.
  {
    key: 'hr-mistake-you-made',
    stage: 'hr',
    attribute: 'professionalism',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan satu kesalahan yang pernah Anda buat di tempat kerja. Apa yang Anda lakukan setelah menyadarinya?',
      en: 'Tell us about a mistake you made at work. What did you do once you noticed it?',
    },
    goodAnswer: {
      id: 'Mengakui kesalahan yang nyata, melaporkannya tanpa menunggu ketahuan, memperbaiki dampaknya, dan mengubah cara kerja supaya tidak terulang.',
      en: 'Owns a real mistake, reported it rather than waiting to be found out, repaired the damage and changed how they work so it does not happen again.',
    },
    redFlags: {
      id: 'Mengaku tidak pernah salah, memilih “kesalahan” yang sebenarnya pujian, atau menyalahkan orang lain.',
      en: 'Claims never to have made a mistake, picks a “mistake” that is really a boast, or blames someone else.',
    },
  },
  {
    key: 'hr-why-choose-you',
    stage: 'hr',
    attribute: 'motivation',
    type: 'motivation',
    roles: [],
    text: {
      id: 'Mengapa kami sebaiknya memilih Anda dibanding kandidat lain untuk posisi ini?',
      en: 'Why should we choose you over the other candidates for this position?',
    },
    goodAnswer: {
      id: 'Menghubungkan dua atau tiga kekuatan yang terbukti dengan kebutuhan posisi ini, dengan contoh singkat, tanpa merendahkan kandidat lain.',
      en: 'Links two or three proven strengths to what this position needs, with a short example each, without running down other candidates.',
    },
    redFlags: {
      id: 'Jawaban umum yang cocok untuk posisi mana pun, memohon karena butuh pekerjaan, atau terdengar sombong.',
      en: 'A generic answer that would fit any job, pleading because they need the work, or sounding arrogant.',
    },
  },
  {
    key: 'hr-what-you-know-about-us',
    stage: 'hr',
    attribute: 'culture_fit',
    type: 'motivation',
    roles: [],
    text: {
      id: 'Apa yang Anda ketahui tentang perusahaan kami, produk atau layanannya, dan pelanggannya?',
      en: 'What do you know about our company, its products or services, and its customers?',
    },
    goodAnswer: {
      id: 'Menyebut fakta yang tepat dari situs, media sosial atau berita perusahaan, dan mengaitkannya dengan posisi yang dilamar.',
      en: 'Names accurate facts from the company’s website, social media or news, and connects them to the position applied for.',
    },
    redFlags: {
      id: 'Tidak tahu apa-apa, salah menyebut bidang usaha, atau hanya mengulang kalimat dari iklan lowongan.',
      en: 'Knows nothing, gets the line of business wrong, or only repeats the job advert.',
    },
  },
  {
    key: 'hr-placement-and-overtime',
    stage: 'hr',
    attribute: 'adaptability',
    type: 'situational',
    roles: [],
    text: {
      id: 'Apakah Anda bersedia ditempatkan di kota lain, atau bekerja shift dan lembur bila diperlukan?',
      en: 'Would you be willing to be placed in another city, or to work shifts and overtime when needed?',
    },
    goodAnswer: {
      id: 'Menjawab jujur dan jelas: apa yang bisa ia terima, batasan yang nyata (misalnya keluarga) dan syarat yang wajar, tanpa janji yang tidak akan ditepati.',
      en: 'Answers honestly and plainly: what they can accept, any real limits (family, for example) and reasonable conditions, with no promises they will not keep.',
    },
    redFlags: {
      id: 'Langsung “bersedia apa saja” lalu ternyata tidak bisa, atau menolak tanpa alasan padahal syarat itu tertulis di lowongan.',
      en: 'Says yes to everything and later cannot, or refuses without a reason although the advert states the condition.',
    },
  },
  {
    key: 'hr-start-date-notice',
    stage: 'hr',
    attribute: 'professionalism',
    type: 'cv_clarification',
    roles: [],
    text: {
      id: 'Kapan Anda bisa mulai bekerja, dan berapa lama masa pemberitahuan (one month notice) di tempat kerja Anda sekarang?',
      en: 'When could you start, and how long is the notice period at your current job?',
    },
    goodAnswer: {
      id: 'Menyebut tanggal yang realistis dan menghormati masa pemberitahuan serta serah terima di tempat kerja sekarang.',
      en: 'Gives a realistic date and respects the notice period and handover at the current employer.',
    },
    redFlags: {
      id: 'Siap keluar besok tanpa serah terima, atau tidak tahu aturan masa pemberitahuannya sendiri.',
      en: 'Ready to walk out tomorrow with no handover, or does not know their own notice period.',
    },
  },

  // ---------------------------------------------------------------------------
  // Interview user: the future direct boss checks the ability to do this job.
  // Generic questions, any role.
  // ---------------------------------------------------------------------------
  {
    key: 'user-successful-project',
    stage: 'user',
    attribute: 'relevant_experience',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Ceritakan satu proyek yang berhasil Anda selesaikan: bagaimana situasinya, apa tugas Anda, langkah apa yang Anda ambil, dan bagaimana hasilnya?',
      en: 'Tell us about a project you completed successfully: what was the situation, what was your task, what steps did you take, and what was the result?',
    },
    goodAnswer: {
      id: 'Cerita STAR yang memisahkan dengan jelas kontribusi pribadinya dari kerja tim, menyebut hambatan dan cara mengatasinya, serta ditutup dengan hasil yang terukur.',
      en: "A STAR story that clearly separates their own contribution from the team's, names the obstacles and how they were overcome, and ends with a measurable result.",
    },
    redFlags: {
      id: 'Selalu memakai kata “kami” sehingga perannya tidak jelas, tidak ada angka atau hasil konkret, atau ceritanya goyah saat digali lebih dalam.',
      en: 'Says “we” throughout so their own part is unclear, offers no numbers or concrete outcome, or the story wobbles when probed.',
    },
  },
  {
    key: 'user-several-deadlines',
    stage: 'user',
    attribute: 'speed_of_work',
    type: 'situational',
    roles: [],
    text: {
      id: 'Dalam minggu yang sama Anda punya tiga tenggat yang saling bertabrakan. Bagaimana Anda menyelesaikan semuanya?',
      en: 'In the same week you have three deadlines that collide. How do you get them all done?',
    },
    goodAnswer: {
      id: 'Menjelaskan cara menentukan prioritas berdasarkan dampak dan urgensi, memecah pekerjaan, dan berbicara dengan atasan sejak awal bila ada tenggat yang perlu dinegosiasikan, sebaiknya dengan contoh nyata.',
      en: 'Explains how they rank work by impact and urgency, break it down, and talk to the manager early if a deadline needs renegotiating, ideally with a real example.',
    },
    redFlags: {
      id: 'Hanya mengandalkan lembur tanpa strategi, diam-diam menurunkan kualitas, atau baru memberi kabar setelah tenggat terlewat.',
      en: 'Relies on overtime with no strategy, quietly lets quality slip, or only speaks up once a deadline has been missed.',
    },
  },
  {
    key: 'user-what-you-know-about-the-job',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'product_insight',
    roles: [],
    text: {
      id: 'Menurut pemahaman Anda, seperti apa pekerjaan sehari-hari di posisi ini: tugasnya, alat yang dipakai, dengan siapa Anda bekerja sama, dan target apa yang dikejar?',
      en: 'As you understand it, what does day-to-day work in this position look like: the tasks, the tools, who you work with, and which targets you chase?',
    },
    goodAnswer: {
      id: 'Gambaran akurat yang disusun dari deskripsi lowongan dan riset sendiri tentang produk serta tim, ditambah pertanyaan yang masuk akal untuk hal yang belum ia ketahui.',
      en: 'An accurate picture pieced together from the job posting and their own research into the product and team, plus sensible questions about what they do not know yet.',
    },
    redFlags: {
      id: 'Belum membaca deskripsi lowongan, menebak secara umum, atau membayangkan pekerjaan yang jauh berbeda dari kenyataannya.',
      en: 'Has not read the job posting, guesses in general terms, or pictures a job far removed from the real one.',
    },
  },
  {
    key: 'user-daily-tools',
    stage: 'user',
    attribute: 'tool_mastery',
    type: 'open',
    roles: [],
    text: {
      id: 'Alat atau perangkat lunak apa saja yang Anda gunakan sehari-hari, dan untuk keperluan apa?',
      en: 'Which tools or software do you use day to day, and what for?',
    },
    goodAnswer: {
      id: 'Menyebut alat yang relevan dengan posisi beserta konteks pemakaiannya dan tingkat penguasaan yang jujur, misalnya fitur yang sering dipakai atau cara alat itu mempercepat kerjanya.',
      en: 'Names tools relevant to the role along with how they use them and an honest skill level, such as features they rely on or how a tool speeds up their work.',
    },
    redFlags: {
      id: 'Daftar panjang nama alat tanpa bisa menjelaskan cara memakainya, atau mengaku mahir lalu tidak bisa menjawab pertanyaan dasar.',
      en: 'A long list of tool names with no ability to explain how they use them, or claims expertise and then stumbles on basic questions.',
    },
  },
  {
    key: 'user-disagreement-with-boss',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Pernahkah Anda tidak sependapat dengan atasan tentang cara menyelesaikan suatu pekerjaan? Bagaimana Anda menanganinya?',
      en: 'Have you ever disagreed with your manager about how to do a piece of work? How did you handle it?',
    },
    goodAnswer: {
      id: 'Menyampaikan pendapat secara profesional dengan data atau argumen, mendengarkan alasan atasan, menjalankan keputusan akhir dengan sungguh-sungguh, dan menceritakan bagaimana hasilnya.',
      en: "Made their case professionally with data or reasoning, listened to the manager's side, carried out the final decision in earnest, and says how it turned out.",
    },
    redFlags: {
      id: 'Membantah dengan emosi, diam-diam tetap memakai caranya sendiri, menjelekkan atasan, atau tidak pernah berani menyampaikan pendapat.',
      en: 'Argued emotionally, quietly did it their own way anyway, badmouths the manager, or never dares to voice an opinion.',
    },
  },
  {
    key: 'user-most-relevant-experience',
    stage: 'user',
    attribute: 'relevant_experience',
    type: 'open',
    roles: [],
    text: {
      id: 'Pengalaman apa yang menurut Anda paling relevan dengan posisi ini, dan apa yang Anda capai di sana?',
      en: 'Which of your experiences is most relevant to this position, and what did you achieve there?',
    },
    goodAnswer: {
      id: 'Memilih pengalaman yang benar-benar sesuai dengan kebutuhan posisi, menjelaskan tanggung jawab dan hasilnya dengan angka, lalu mengaitkannya dengan tantangan tim ini.',
      en: "Picks experience that truly matches what the role needs, explains responsibilities and results with numbers, and links it to this team's challenges.",
    },
    redFlags: {
      id: 'Menceritakan seluruh riwayat kerja tanpa memilah, memilih pengalaman yang tidak berhubungan, atau klaim tanpa hasil yang bisa diperiksa.',
      en: 'Recites the whole work history without choosing, picks unrelated experience, or makes claims with no checkable result.',
    },
  },
  {
    key: 'user-recurring-obstacle',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'behavioural',
    roles: [],
    text: {
      id: 'Hambatan apa yang paling sering Anda temui dalam pekerjaan, dan bagaimana Anda mengatasinya?',
      en: 'What obstacle do you run into most often at work, and how do you deal with it?',
    },
    goodAnswer: {
      id: 'Hambatan nyata yang relevan dengan bidangnya, ditelusuri sampai ke akar masalah, dengan solusi yang ia terapkan dan dampaknya pada hasil kerja.',
      en: 'A real obstacle from their field, traced to its root cause, with the fix they put in place and its effect on the work.',
    },
    redFlags: {
      id: 'Hanya mengeluhkan keadaan atau orang lain tanpa solusi, atau jawaban teoretis tanpa contoh dari pengalaman sendiri.',
      en: 'Only complains about circumstances or other people with no solution, or answers in theory with no example from their own work.',
    },
  },
  {
    key: 'user-questions-for-us',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'open',
    roles: [],
    text: {
      id: 'Apakah ada yang ingin Anda tanyakan kepada kami tentang posisi atau tim ini?',
      en: 'Is there anything you would like to ask us about this position or the team?',
    },
    goodAnswer: {
      id: 'Pertanyaan yang menunjukkan minat dan pemikiran, misalnya bagaimana keberhasilan di posisi ini diukur, tantangan terbesar tim saat ini, atau cara tim berkolaborasi.',
      en: "Questions that show interest and thought, such as how success in the role is measured, the team's biggest challenge right now, or how the team collaborates.",
    },
    redFlags: {
      id: 'Tidak punya pertanyaan sama sekali, atau hanya menanyakan cuti dan fasilitas sebelum menunjukkan minat pada pekerjaannya.',
      en: 'Has no questions at all, or asks only about leave and perks before showing any interest in the work itself.',
    },
  },

  // ---------------------------------------------------------------------------
  // Interview user: content writer.
  // ---------------------------------------------------------------------------
  {
    key: 'user-content-writer-content-plan',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'behavioural',
    roles: ['content_writer'],
    text: {
      id: 'Ceritakan bagaimana Anda menyusun rencana konten bulanan bersama social media specialist dan desainer. Apa peran Anda, dan bagaimana pembagian kerjanya?',
      en: 'Tell us how you put together a monthly content plan with a social media specialist and a designer. What was your part, and how was the work split?',
    },
    goodAnswer: {
      id: 'Alur kerja yang jelas, mulai dari brief, kalender konten, tenggat naskah dan desain, sampai revisi, dengan peran pribadi yang spesifik dan cara menjaga koordinasi, misalnya lewat papan proyek bersama.',
      en: 'A clear workflow from brief to content calendar, copy and design deadlines and revisions, with a specific personal role and a way of keeping everyone in step, for example a shared project board.',
    },
    redFlags: {
      id: 'Belum pernah bekerja dengan tim lain, tidak paham kebutuhan desainer seperti naskah tepat waktu dan brief yang jelas, atau menyalahkan tim saat jadwal meleset.',
      en: 'Has never worked with other teams, does not grasp what a designer needs, such as copy on time and a clear brief, or blames the team when the schedule slips.',
    },
  },
  {
    key: 'user-content-writer-measuring-results',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'technical',
    roles: ['content_writer'],
    text: {
      id: 'Bagaimana Anda mengukur apakah sebuah unggahan atau artikel berhasil? Metrik apa yang Anda lihat, dan apa yang Anda lakukan dengan hasilnya?',
      en: 'How do you judge whether a post or article worked? Which metrics do you look at, and what do you do with the results?',
    },
    goodAnswer: {
      id: 'Memilih metrik sesuai tujuan konten, seperti jangkauan, interaksi, klik, prospek, atau konversi, menyebut alat analitik yang pernah dipakai, dan memberi contoh keputusan konten yang berubah karena data.',
      en: "Matches metrics to the content's goal, such as reach, engagement, clicks, leads or conversions, names analytics tools they have used, and gives an example of a content decision changed by the numbers.",
    },
    redFlags: {
      id: 'Hanya melihat jumlah suka, tidak pernah memeriksa data, atau tidak bisa menyebut satu pun hasil konkret dari tulisannya.',
      en: 'Looks only at likes, never checks the data, or cannot cite a single concrete result from their own writing.',
    },
  },
  {
    key: 'user-content-writer-seo-brief',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'work_simulation',
    roles: ['content_writer'],
    text: {
      id: 'Misalkan kami memberi kata kunci “aplikasi kasir untuk warung”. Jelaskan brief artikel SEO yang akan Anda susun: target pembaca, struktur, dan elemen pentingnya.',
      en: 'Say we give you the keyword “cashier app for small shops”. Walk us through the SEO article brief you would write: target reader, structure and key elements.',
    },
    goodAnswer: {
      id: 'Berangkat dari maksud pencarian pembaca, lalu menyusun judul, subjudul, kata kunci turunan, tautan internal, meta description, dan ajakan bertindak, tanpa mengorbankan keterbacaan.',
      en: "Starts from the reader's search intent, then lays out the title, subheadings, related keywords, internal links, meta description and call to action, without hurting readability.",
    },
    redFlags: {
      id: 'Menganggap SEO hanya soal mengulang kata kunci sebanyak mungkin, atau tidak tahu dasar struktur artikel untuk mesin pencari.',
      en: 'Thinks SEO just means repeating the keyword as often as possible, or does not know the basics of structuring an article for search engines.',
    },
  },
  {
    key: 'user-content-writer-small-business-audience',
    stage: 'user',
    attribute: 'relevant_experience',
    type: 'open',
    roles: ['content_writer'],
    text: {
      id: 'Pembaca utama kami adalah pelaku UMKM dan penjual online skala kecil. Pengalaman apa yang Anda miliki dalam menulis untuk audiens seperti ini, dan apa yang perlu diperhatikan?',
      en: 'Our main readers are small-business owners and small online sellers. What experience do you have writing for this audience, and what do you need to keep in mind?',
    },
    goodAnswer: {
      id: 'Memahami keseharian dan masalah penjual kecil, memakai bahasa yang sederhana dan praktis, serta memberi contoh tulisan sebelumnya untuk audiens serupa beserta hasilnya.',
      en: "Understands small sellers' daily routine and problems, writes in plain, practical language, and gives an example of earlier writing for a similar audience with its results.",
    },
    redFlags: {
      id: 'Gaya tulisan terlalu korporat atau penuh istilah asing, atau memandang audiens ini dengan meremehkan.',
      en: 'A style that is too corporate or packed with jargon, or a condescending attitude towards this audience.',
    },
  },
  {
    key: 'user-content-writer-tone-of-voice',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'product_insight',
    roles: ['content_writer'],
    text: {
      id: 'Setelah melihat media sosial dan situs kami, bagaimana Anda menggambarkan tone of voice kami? Apa yang akan Anda pertahankan dan apa yang akan Anda ubah?',
      en: 'Having looked at our social media and website, how would you describe our tone of voice? What would you keep and what would you change?',
    },
    goodAnswer: {
      id: 'Sudah benar-benar mempelajari kanal perusahaan, menggambarkan tone dengan contoh unggahan nyata, dan memberi usulan yang membangun serta beralasan.',
      en: "Has actually studied the company's channels, describes the tone using real posts as examples, and offers constructive, reasoned suggestions.",
    },
    redFlags: {
      id: 'Belum melihat kanal perusahaan sama sekali, hanya memuji tanpa analisis, atau mengkritik tanpa usulan.',
      en: "Has not looked at the company's channels at all, only praises with no analysis, or criticises without proposing anything.",
    },
  },
  {
    key: 'user-content-writer-rewrite-product-description',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'case_study',
    roles: ['content_writer'],
    text: {
      id: 'Ini contoh deskripsi produk yang lemah: “Tas bagus, bahan kuat, harga murah, buruan beli.” Dalam sepuluh menit, tulis ulang agar lebih menjual, lalu jelaskan pilihan Anda.',
      en: 'Here is a weak product description: “Nice bag, strong material, cheap price, buy now.” In ten minutes, rewrite it so it sells better, then explain your choices.',
    },
    goodAnswer: {
      id: 'Tulisan ulang yang menonjolkan manfaat bagi pembeli, detail konkret seperti ukuran, bahan, dan kegunaan, serta ajakan bertindak yang jelas, disertai alasan di balik setiap pilihan.',
      en: "A rewrite that puts the buyer's benefit first, adds concrete details such as size, material and use, ends with a clear call to action, and comes with reasons for each choice.",
    },
    redFlags: {
      id: 'Hanya menambah kata sifat berlebihan, mengarang klaim yang tidak bisa dipertanggungjawabkan, atau tidak bisa menjelaskan alasan perubahannya.',
      en: 'Just piles on superlatives, invents claims that cannot be backed up, or cannot explain why anything was changed.',
    },
  },

  // ---------------------------------------------------------------------------
  // Interview user: backend developer.
  // ---------------------------------------------------------------------------
  {
    key: 'user-backend-server-down',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'situational',
    roles: ['backend_developer'],
    text: {
      id: 'Pukul dua dini hari Anda menerima peringatan bahwa server produksi tidak bisa diakses. Apa saja yang Anda lakukan, langkah demi langkah?',
      en: 'At two in the morning you get an alert that the production server is unreachable. What do you do, step by step?',
    },
    goodAnswer: {
      id: 'Urutan yang tenang dan logis: memastikan dampaknya, memeriksa monitoring dan log, memulihkan layanan lebih dulu (misalnya rollback atau restart), mengabari tim, lalu mencari akar masalah dan menulis catatan pasca-insiden.',
      en: 'A calm, logical sequence: confirm the impact, check monitoring and logs, restore service first (for example a rollback or restart), keep the team informed, then find the root cause and write a post-incident note.',
    },
    redFlags: {
      id: 'Langsung mengubah kode di produksi tanpa analisis, tidak mengabari siapa pun, atau tidak tahu harus mulai memeriksa dari mana.',
      en: 'Starts editing code in production without analysis, tells no one, or has no idea where to begin looking.',
    },
  },
  {
    key: 'user-backend-error-handling',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'technical',
    roles: ['backend_developer'],
    text: {
      id: 'Bagaimana Anda menangani error di kode backend, misalnya ketika layanan pihak ketiga tidak merespons?',
      en: 'How do you handle errors in backend code, for example when a third-party service does not respond?',
    },
    goodAnswer: {
      id: 'Membedakan jenis error, memakai timeout dan retry terbatas dengan jeda, memberi respons error yang jelas kepada klien, dan menulis log yang cukup untuk menelusuri masalah, dengan contoh dari proyek nyata.',
      en: 'Tells kinds of error apart, uses timeouts and bounded retries with backoff, returns clear error responses to clients, and logs enough to trace problems, with an example from a real project.',
    },
    redFlags: {
      id: 'Menelan error dengan try-catch kosong, menampilkan detail internal kepada pengguna, atau hanya menjawab secara teori tanpa pengalaman.',
      en: 'Swallows errors in empty try-catch blocks, exposes internal details to users, or answers purely in theory with no experience.',
    },
  },
  {
    key: 'user-backend-order-api-design',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'case_study',
    roles: ['backend_developer'],
    text: {
      id: 'Rancanglah API untuk membuat pesanan di toko online: endpoint, data yang dikirim, validasi, dan cara mencegah pesanan ganda saat pengguna menekan tombol dua kali.',
      en: 'Design an API for placing orders in an online shop: endpoints, request data, validation, and how to prevent a duplicate order when the user taps the button twice.',
    },
    goodAnswer: {
      id: 'Endpoint dan kode status yang masuk akal, validasi stok dan harga di sisi server, transaksi database, serta idempotency key atau mekanisme serupa untuk mencegah duplikasi, dengan alasan untuk setiap keputusan.',
      en: 'Sensible endpoints and status codes, stock and price checked on the server, database transactions, and an idempotency key or similar to stop duplicates, with a reason for each decision.',
    },
    redFlags: {
      id: 'Mempercayai harga yang dikirim klien, tidak memikirkan kegagalan di tengah proses, atau langsung menulis kode tanpa mengklarifikasi kebutuhan.',
      en: 'Trusts prices sent by the client, ignores what happens if something fails halfway, or jumps into code without clarifying the requirements.',
    },
  },
  {
    key: 'user-backend-database-migration',
    stage: 'user',
    attribute: 'tool_mastery',
    type: 'technical',
    roles: ['backend_developer'],
    text: {
      id: 'Bagaimana Anda menjalankan migrasi database pada sistem yang sedang berjalan, misalnya menambah kolom wajib di tabel berisi jutaan baris? Alat apa yang Anda gunakan?',
      en: 'How do you run a database migration on a live system, for example adding a required column to a table with millions of rows? Which tools do you use?',
    },
    goodAnswer: {
      id: 'Menyebut alat migrasi yang pernah dipakai dan pendekatan yang aman: perubahan bertahap (kolom nullable, isi data per batch, baru dijadikan wajib), uji di staging, cadangan data, dan rencana rollback.',
      en: 'Names migration tools they have used and a safe approach: staged changes (nullable column, backfill in batches, then make it required), a staging run, a backup and a rollback plan.',
    },
    redFlags: {
      id: 'Menjalankan perubahan skema langsung di produksi tanpa cadangan atau uji coba, atau tidak menyadari risiko tabel terkunci.',
      en: 'Applies schema changes straight to production with no backup or trial run, or is unaware of the risk of locking the table.',
    },
  },
  {
    key: 'user-backend-code-review',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'open',
    roles: ['backend_developer'],
    text: {
      id: 'Menurut Anda, seperti apa code review yang baik, baik saat Anda memberi maupun menerima masukan?',
      en: 'What does a good code review look like to you, both when you give feedback and when you receive it?',
    },
    goodAnswer: {
      id: 'Fokus pada kebenaran logika, keterbacaan, keamanan, dan pengujian; komentar yang spesifik dan sopan; pull request yang kecil; serta terbuka saat kodenya sendiri dikritik.',
      en: 'Focuses on correctness, readability, security and tests; specific, courteous comments; small pull requests; and openness when their own code is criticised.',
    },
    redFlags: {
      id: 'Menganggap review sekadar formalitas, memberi komentar yang merendahkan, atau defensif dan enggan mengubah kode setelah diberi masukan.',
      en: 'Sees review as a formality, leaves belittling comments, or gets defensive and resists changing code after feedback.',
    },
  },
  {
    key: 'user-backend-performance-improvement',
    stage: 'user',
    attribute: 'relevant_experience',
    type: 'behavioural',
    roles: ['backend_developer'],
    text: {
      id: 'Ceritakan saat Anda berhasil meningkatkan performa sebuah sistem. Bagaimana Anda menemukan penyebabnya, dan seberapa besar peningkatannya?',
      en: "Tell us about a time you improved a system's performance. How did you find the cause, and how big was the improvement?",
    },
    goodAnswer: {
      id: 'Berangkat dari pengukuran seperti profiling, query lambat, atau metrik latensi, menjelaskan perubahan spesifik seperti indeks, cache, atau query yang dioptimalkan, dan menyebut angka sebelum dan sesudahnya.',
      en: 'Starts from measurement such as profiling, slow queries or latency metrics, explains specific changes such as indexes, caching or rewritten queries, and gives before-and-after numbers.',
    },
    redFlags: {
      id: 'Tidak ada angka sama sekali, menebak penyebab tanpa mengukur, atau mengklaim peningkatan besar yang tidak bisa dijelaskan caranya.',
      en: 'No numbers at all, guesses the cause without measuring, or claims a big gain they cannot explain.',
    },
  },

  // ---------------------------------------------------------------------------
  // Interview user: customer service.
  // ---------------------------------------------------------------------------
  {
    key: 'user-customer-service-angry-customer',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'work_simulation',
    roles: ['customer_service'],
    text: {
      id: 'Mari kita simulasikan: saya pelanggan yang marah karena pesanan saya terlambat lima hari tanpa kabar. Silakan tanggapi saya seperti saat Anda bekerja.',
      en: 'Let us role-play: I am a customer who is angry because my order is five days late with no news. Please respond to me as you would on the job.',
    },
    goodAnswer: {
      id: 'Tetap tenang, mendengarkan sampai selesai, meminta maaf dan berempati tanpa menyalahkan, memeriksa fakta, lalu memberi solusi atau langkah lanjut yang jelas beserta waktunya.',
      en: 'Stays calm, lets the customer finish, apologises and empathises without blaming, checks the facts, then offers a clear solution or next step with a timeframe.',
    },
    redFlags: {
      id: 'Ikut terpancing emosi, menyalahkan kurir atau tim lain di depan pelanggan, menjanjikan hal yang tidak bisa ditepati, atau menjawab kaku seperti membaca naskah.',
      en: 'Gets drawn into the anger, blames the courier or another team in front of the customer, promises what cannot be delivered, or sounds stiff as if reading a script.',
    },
  },
  {
    key: 'user-customer-service-ticketing-system',
    stage: 'user',
    attribute: 'tool_mastery',
    type: 'open',
    roles: ['customer_service'],
    text: {
      id: 'Sistem ticketing apa yang pernah Anda gunakan, dan bagaimana Anda memanfaatkannya agar tidak ada keluhan yang terlewat?',
      en: 'Which ticketing systems have you used, and how did you use them so that no complaint fell through the cracks?',
    },
    goodAnswer: {
      id: 'Menyebut alat yang pernah dipakai dan cara kerjanya sehari-hari: kategori dan prioritas tiket, status, template balasan, SLA, serta catatan rapi untuk rekan di shift berikutnya.',
      en: 'Names tools they have used and how they worked with them daily: ticket categories and priorities, statuses, reply templates, SLAs, and tidy notes for colleagues on the next shift.',
    },
    redFlags: {
      id: 'Belum pernah memakai sistem apa pun dan tidak punya cara lain untuk mencatat keluhan, atau hanya menyebut nama alat tanpa bisa menjelaskan alurnya.',
      en: 'Has never used any system and has no other way of tracking complaints, or only names tools without being able to explain the flow.',
    },
  },
  {
    key: 'user-customer-service-multiple-live-chats',
    stage: 'user',
    attribute: 'speed_of_work',
    type: 'situational',
    roles: ['customer_service'],
    text: {
      id: 'Pada jam sibuk, lima live chat masuk bersamaan dan salah satunya dari pelanggan yang sudah lama menunggu. Bagaimana Anda menanganinya?',
      en: 'At a busy hour, five live chats arrive at once, and one of them is from a customer who has already waited a long time. How do you handle it?',
    },
    goodAnswer: {
      id: 'Menyapa semua chat lebih dulu agar pelanggan tahu sedang dilayani, mendahulukan berdasarkan urgensi dan lama menunggu, memakai balasan cepat yang tetap terasa personal, dan menjaga informasi tetap akurat.',
      en: 'Greets every chat first so customers know someone is on it, prioritises by urgency and waiting time, uses quick replies that still feel personal, and keeps the information accurate.',
    },
    redFlags: {
      id: 'Melayani satu chat sampai tuntas sementara yang lain dibiarkan, membalas cepat tetapi dengan informasi keliru, atau tidak punya strategi sama sekali.',
      en: 'Finishes one chat while the rest are left waiting, answers fast but with wrong information, or has no strategy at all.',
    },
  },
  {
    key: 'user-customer-service-escalation',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'situational',
    roles: ['customer_service'],
    text: {
      id: 'Seorang pelanggan meminta sesuatu yang di luar wewenang Anda. Kapan dan bagaimana Anda mengeskalasi masalah ini ke tim lain atau atasan?',
      en: 'A customer asks for something beyond your authority. When and how do you escalate it to another team or your supervisor?',
    },
    goodAnswer: {
      id: 'Tahu batas wewenangnya, mengeskalasi lewat jalur yang benar dengan informasi lengkap agar tim berikutnya tidak perlu bertanya ulang, memberi tahu pelanggan langkah selanjutnya, dan memantaunya sampai selesai.',
      en: 'Knows the limits of their authority, escalates through the right channel with full details so the next team need not ask again, tells the customer what happens next, and follows it through to the end.',
    },
    redFlags: {
      id: 'Menjanjikan hal di luar wewenangnya, mengoper pelanggan tanpa penjelasan, atau terlalu sering mengeskalasi masalah yang sebenarnya bisa ia selesaikan sendiri.',
      en: 'Promises things beyond their authority, passes the customer along with no explanation, or keeps escalating issues they could easily settle themselves.',
    },
  },
  {
    key: 'user-customer-service-refund-case',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'case_study',
    roles: ['customer_service'],
    text: {
      id: 'Pelanggan meminta pengembalian dana untuk produk yang menurutnya rusak, tetapi batas waktu klaim sudah lewat dua hari. Apa yang Anda lakukan?',
      en: 'A customer asks for a refund on a product they say is faulty, but the claim window closed two days ago. What do you do?',
    },
    goodAnswer: {
      id: 'Mengumpulkan fakta dan bukti lebih dulu, memahami kebijakan beserta tujuannya, menimbang pilihan yang adil bagi pelanggan dan perusahaan, dan tahu kapan perlu meminta persetujuan atasan.',
      en: "Gathers facts and evidence first, understands the policy and its purpose, weighs options that are fair to both customer and company, and knows when a supervisor's approval is needed.",
    },
    redFlags: {
      id: 'Langsung menolak dengan alasan aturan tanpa empati, atau langsung menyetujui tanpa memeriksa apa pun.',
      en: 'Refuses outright by quoting the rule with no empathy, or approves straight away without checking anything.',
    },
  },
  {
    key: 'user-customer-service-service-quality',
    stage: 'user',
    attribute: 'relevant_experience',
    type: 'open',
    roles: ['customer_service'],
    text: {
      id: 'Di pekerjaan sebelumnya, bagaimana kualitas layanan Anda diukur, dan bagaimana capaian Anda?',
      en: 'In your previous job, how was the quality of your service measured, and how did you perform?',
    },
    goodAnswer: {
      id: 'Menyebut metrik nyata seperti CSAT, waktu respons pertama, waktu penyelesaian, atau penyelesaian pada kontak pertama, lengkap dengan angkanya sendiri dan cara ia memperbaikinya.',
      en: 'Names real metrics such as CSAT, first response time, resolution time or first-contact resolution, with their own figures and what they did to improve them.',
    },
    redFlags: {
      id: 'Tidak tahu bagaimana kinerjanya dinilai, atau hanya berkata “pelanggan selalu puas” tanpa data.',
      en: 'Does not know how their performance was judged, or just says “customers were always happy” with no data.',
    },
  },

  // ---------------------------------------------------------------------------
  // Interview user: data analyst.
  // ---------------------------------------------------------------------------
  {
    key: 'user-data-analyst-sql-query',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'technical',
    roles: ['data_analyst'],
    text: {
      id: 'Ada tabel orders (order_id, customer_id, order_date, total). Bagaimana Anda menulis query SQL untuk menampilkan sepuluh pelanggan dengan total belanja tertinggi dalam tiga bulan terakhir?',
      en: 'There is an orders table (order_id, customer_id, order_date, total). How would you write an SQL query listing the ten customers with the highest total spend over the last three months?',
    },
    goodAnswer: {
      id: 'Query yang benar dengan filter tanggal, GROUP BY, SUM, ORDER BY, dan LIMIT, sambil menyebut hal yang perlu dipastikan seperti pesanan yang dibatalkan atau zona waktu.',
      en: 'A correct query with a date filter, GROUP BY, SUM, ORDER BY and LIMIT, while raising points to confirm such as cancelled orders or time zones.',
    },
    redFlags: {
      id: 'Tidak bisa menyusun agregasi dasar, atau menulis query tanpa mempertanyakan apakah datanya bersih dan sesuai definisi.',
      en: 'Cannot build a basic aggregation, or writes the query without asking whether the data is clean and fits the definition.',
    },
  },
  {
    key: 'user-data-analyst-ab-test',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'case_study',
    roles: ['data_analyst'],
    text: {
      id: 'Tim produk menjalankan A/B test di halaman checkout. Setelah dua hari, varian B menunjukkan konversi 3% lebih tinggi dan mereka ingin langsung meluncurkannya. Apa saran Anda?',
      en: 'The product team is running an A/B test on the checkout page. After two days, variant B shows 3% higher conversion and they want to launch it right away. What do you advise?',
    },
    goodAnswer: {
      id: 'Memeriksa ukuran sampel, signifikansi statistik, durasi uji (termasuk pola hari kerja dan akhir pekan), serta metrik pendamping, lalu memberi rekomendasi yang tegas dengan alasan.',
      en: 'Checks sample size, statistical significance, test duration (including weekday and weekend patterns) and guardrail metrics, then gives a firm recommendation with reasons.',
    },
    redFlags: {
      id: 'Langsung setuju karena angkanya naik, atau menolak tanpa bisa menjelaskan apa yang kurang dari pengujian itu.',
      en: 'Agrees at once because the number went up, or objects without being able to say what the test is missing.',
    },
  },
  {
    key: 'user-data-analyst-management-dashboard',
    stage: 'user',
    attribute: 'tool_mastery',
    type: 'work_simulation',
    roles: ['data_analyst'],
    text: {
      id: 'Direksi meminta dashboard penjualan mingguan. Jelaskan bagaimana Anda membuatnya: metrik apa yang ditampilkan, alat apa yang dipakai, dan bagaimana datanya diperbarui.',
      en: 'Management asks for a weekly sales dashboard. Explain how you would build it: which metrics to show, which tools to use, and how the data gets refreshed.',
    },
    goodAnswer: {
      id: 'Memulai dengan menanyakan keputusan apa yang ingin diambil direksi, memilih sedikit metrik utama dengan tren dan pembanding, menyebut alat yang ia kuasai (misalnya Looker Studio, Power BI, atau Tableau), dan pembaruan data otomatis.',
      en: 'Begins by asking what decisions management wants to make, picks a handful of key metrics with trends and comparisons, names tools they know (for example Looker Studio, Power BI or Tableau), and sets up automatic refresh.',
    },
    redFlags: {
      id: 'Menjejalkan puluhan grafik tanpa tujuan, tidak menanyakan kebutuhan pengguna dashboard, atau hanya bisa memperbarui data secara manual tiap minggu.',
      en: "Crams in dozens of charts with no purpose, never asks what the dashboard's users need, or can only update the data by hand every week.",
    },
  },
  {
    key: 'user-data-analyst-explain-finding',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'behavioural',
    roles: ['data_analyst'],
    text: {
      id: 'Ceritakan saat Anda harus menyampaikan temuan analisis kepada orang non-teknis. Bagaimana Anda menyederhanakannya, dan keputusan apa yang diambil setelahnya?',
      en: 'Tell us about a time you had to present an analytical finding to non-technical people. How did you simplify it, and what decision followed?',
    },
    goodAnswer: {
      id: 'Membuka dengan kesimpulan dan dampaknya bagi bisnis, memakai visual sederhana, jujur tentang keterbatasan data, dan menunjukkan bahwa temuan itu benar-benar mendorong keputusan.',
      en: "Opens with the conclusion and its business impact, uses simple visuals, is honest about the data's limits, and shows the finding genuinely drove a decision.",
    },
    redFlags: {
      id: 'Membanjiri pendengar dengan istilah statistik dan tabel, atau tidak bisa menyebut dampak dari analisisnya.',
      en: 'Floods the audience with statistical terms and tables, or cannot say what impact the analysis had.',
    },
  },
  {
    key: 'user-data-analyst-messy-data',
    stage: 'user',
    attribute: 'relevant_experience',
    type: 'behavioural',
    roles: ['data_analyst'],
    text: {
      id: 'Ceritakan pengalaman Anda menghadapi data yang berantakan, misalnya data ganda, format tanggal yang tidak seragam, atau nilai yang hilang. Apa yang Anda lakukan?',
      en: 'Tell us about a time you dealt with messy data, such as duplicates, inconsistent date formats or missing values. What did you do?',
    },
    goodAnswer: {
      id: 'Langkah pembersihan yang sistematis dan terdokumentasi, keputusan beralasan tentang data yang hilang, pencocokan ulang dengan sumbernya, dan upaya memperbaiki masalah di hulu.',
      en: 'Systematic, documented cleaning steps, reasoned choices about missing values, cross-checks against the source, and an effort to fix the problem upstream.',
    },
    redFlags: {
      id: 'Menghapus baris bermasalah begitu saja tanpa memeriksa dampaknya, atau mengaku datanya selalu bersih.',
      en: 'Simply deletes problem rows without checking the effect, or claims their data was always clean.',
    },
  },
  {
    key: 'user-data-analyst-choose-method',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'open',
    roles: ['data_analyst'],
    text: {
      id: 'Tim pemasaran ingin tahu faktor apa yang paling memengaruhi pelanggan berhenti berlangganan. Metode analisis apa yang akan Anda pakai, dan mengapa metode itu?',
      en: 'The marketing team wants to know which factors most influence customers cancelling their subscription. Which analysis method would you use, and why that one?',
    },
    goodAnswer: {
      id: 'Memilih metode yang cocok dengan pertanyaan dan data yang tersedia, misalnya analisis kohort atau regresi logistik, menjelaskan alasan dan keterbatasannya, serta cara memvalidasi hasilnya.',
      en: 'Chooses a method that fits the question and the data available, for example cohort analysis or logistic regression, explains the reasoning and its limits, and how the result would be validated.',
    },
    redFlags: {
      id: 'Menyebut metode rumit hanya karena terdengar canggih, atau tidak bisa menjelaskan mengapa metode itu tepat untuk kasus ini.',
      en: 'Names a complex method only because it sounds impressive, or cannot explain why it suits this case.',
    },
  },

  // ---------------------------------------------------------------------------
  // Interview user: QA engineer.
  // ---------------------------------------------------------------------------
  {
    key: 'user-qa-checkout-test-cases',
    stage: 'user',
    attribute: 'technical_skill',
    type: 'work_simulation',
    roles: ['qa_engineer'],
    text: {
      id: 'Susunlah test case untuk fitur checkout di aplikasi belanja kami. Skenario apa saja yang akan Anda uji?',
      en: 'Draw up test cases for the checkout feature of our shopping app. Which scenarios would you test?',
    },
    goodAnswer: {
      id: 'Mencakup alur utama serta skenario negatif dan batas: stok habis, voucher kedaluwarsa, pembayaran gagal atau terputus, alamat tidak valid, klik ganda, dan perbedaan perangkat, dengan prioritas yang jelas.',
      en: 'Covers the main flow plus negative and edge cases: out of stock, expired voucher, failed or interrupted payment, invalid address, double clicks and different devices, with clear priorities.',
    },
    redFlags: {
      id: 'Hanya menguji alur yang berhasil, daftar acak tanpa struktur atau prioritas, atau tidak bertanya sama sekali tentang aturan bisnis checkout.',
      en: "Tests only the success path, gives a random list with no structure or priority, or asks nothing about the checkout's business rules.",
    },
  },
  {
    key: 'user-qa-automation-vs-manual',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'open',
    roles: ['qa_engineer'],
    text: {
      id: 'Bagaimana Anda memutuskan pengujian mana yang perlu diotomasi dan mana yang lebih baik dilakukan secara manual?',
      en: 'How do you decide which tests to automate and which are better done manually?',
    },
    goodAnswer: {
      id: 'Menimbang seberapa sering pengujian diulang, kestabilan fitur, risiko, dan biaya perawatan; mengotomasi regresi dan alur kritis sambil tetap menyisakan uji eksploratif manual, dengan contoh dari pengalamannya.',
      en: 'Weighs how often a test repeats, how stable the feature is, risk and upkeep cost; automates regression and critical flows while keeping manual exploratory testing, with an example from experience.',
    },
    redFlags: {
      id: 'Ingin mengotomasi semuanya atau menolak otomasi sepenuhnya, tanpa alasan yang jelas.',
      en: 'Wants to automate everything or rejects automation entirely, with no clear reasoning.',
    },
  },
  {
    key: 'user-qa-bug-before-release',
    stage: 'user',
    attribute: 'team_workflow_fit',
    type: 'situational',
    roles: ['qa_engineer'],
    text: {
      id: 'Satu jam sebelum rilis, Anda menemukan bug pada fitur pembayaran. Apa yang Anda lakukan?',
      en: 'An hour before release, you find a bug in the payment feature. What do you do?',
    },
    goodAnswer: {
      id: 'Segera mendokumentasikan bug dengan langkah reproduksi dan dampaknya, menilai tingkat keparahannya, langsung mengabari developer dan pemilik produk, lalu membantu tim memutuskan: menunda rilis, memperbaiki cepat, atau merilis dengan fitur dimatikan.',
      en: 'Records the bug at once with reproduction steps and impact, rates its severity, alerts the developers and product owner straight away, then helps the team choose: delay, hotfix, or release with the feature switched off.',
    },
    redFlags: {
      id: 'Diam supaya rilis tidak terganggu, memutuskan sendiri tanpa melibatkan tim, atau melapor tanpa detail yang bisa direproduksi.',
      en: 'Keeps quiet so the release is not disrupted, decides alone without involving the team, or reports it without reproducible detail.',
    },
  },
  {
    key: 'user-qa-api-testing',
    stage: 'user',
    attribute: 'tool_mastery',
    type: 'technical',
    roles: ['qa_engineer'],
    text: {
      id: 'Bagaimana Anda menguji sebuah API? Alat apa yang Anda pakai, dan apa saja yang Anda periksa?',
      en: 'How do you test an API? Which tools do you use, and what do you check?',
    },
    goodAnswer: {
      id: 'Menyebut alat yang pernah dipakai, misalnya Postman atau framework otomasi, dan cakupan pengujiannya: kode status, skema respons, validasi input, autentikasi, penanganan error, dan waktu respons.',
      en: 'Names tools they have used, for example Postman or an automation framework, and what they cover: status codes, response schema, input validation, authentication, error handling and response time.',
    },
    redFlags: {
      id: 'Hanya memastikan API “mengembalikan data”, atau belum pernah menguji apa pun di luar antarmuka pengguna.',
      en: 'Only checks that the API “returns data”, or has never tested anything beyond the user interface.',
    },
  },
  {
    key: 'user-qa-flaky-tests',
    stage: 'user',
    attribute: 'problem_analysis',
    type: 'technical',
    roles: ['qa_engineer'],
    text: {
      id: 'Beberapa test otomatis kadang lolos dan kadang gagal tanpa ada perubahan kode. Bagaimana Anda menangani flaky test seperti ini?',
      en: 'Some automated tests sometimes pass and sometimes fail with no code change. How do you deal with flaky tests like these?',
    },
    goodAnswer: {
      id: 'Mencari akar masalahnya, seperti waktu tunggu yang tidak stabil, ketergantungan antar-test, data uji bersama, atau lingkungan, mengkarantina test itu sementara, lalu memperbaikinya agar hasil pipeline kembali bisa dipercaya.',
      en: 'Digs for the root cause, such as unstable waits, tests that depend on each other, shared test data or the environment, quarantines the test for now, then fixes it so the pipeline can be trusted again.',
    },
    redFlags: {
      id: 'Cukup menjalankan ulang sampai lolos, menambahkan sleep di mana-mana, atau menghapus test tanpa penggantinya.',
      en: 'Just reruns until it passes, sprinkles sleeps everywhere, or deletes the test without a replacement.',
    },
  },
  {
    key: 'user-qa-regression-prioritisation',
    stage: 'user',
    attribute: 'speed_of_work',
    type: 'case_study',
    roles: ['qa_engineer'],
    text: {
      id: 'Sprint berakhir besok. Ada 40 test case regresi, tetapi waktu Anda hanya cukup untuk 15. Bagaimana Anda memilihnya?',
      en: 'The sprint ends tomorrow. There are 40 regression test cases, but you only have time for 15. How do you choose?',
    },
    goodAnswer: {
      id: 'Memilih berdasarkan risiko: bagian yang baru diubah, alur yang paling sering dipakai dan paling berpengaruh pada pendapatan, serta riwayat bug, lalu terbuka kepada tim tentang apa yang belum diuji.',
      en: 'Chooses by risk: recently changed areas, the most used and most revenue-critical flows, and bug history, then tells the team openly what was left untested.',
    },
    redFlags: {
      id: 'Memilih secara acak atau sekadar urut dari atas, atau diam-diam menandai semua test sebagai lulus.',
      en: 'Picks at random or simply from the top of the list, or quietly marks everything as passed.',
    },
  },
];
