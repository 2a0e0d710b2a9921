import type { Role } from '../../domain/roles';
import type { JobFields } from '../../db/queries/jobs';

/** The demo company: a Jakarta marketplace for small businesses (UMKM). All names are invented. */
export const demoPassword = 'seleksi-demo';

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  role: Role;
  title: string;
}

export const demoUsers: DemoUser[] = [
  {
    key: 'admin',
    email: 'admin@demo.seleksi.id',
    name: 'Sekar Ayuningtyas',
    role: 'admin',
    title: 'People Operations Manager',
  },
  {
    key: 'hr',
    email: 'hr@demo.seleksi.id',
    name: 'Rina Kusumawardani',
    role: 'recruiter',
    title: 'HR Recruiter',
  },
  {
    key: 'user',
    email: 'user@demo.seleksi.id',
    name: 'Budi Hartono',
    role: 'hiring_manager',
    title: 'Engineering Lead',
  },
  {
    key: 'interviewer',
    email: 'interviewer@demo.seleksi.id',
    name: 'Andi Saputra',
    role: 'interviewer',
    title: 'Senior Backend Engineer',
  },
  {
    key: 'dimas',
    email: 'dimas@demo.seleksi.id',
    name: 'Dimas Prasetyo',
    role: 'hiring_manager',
    title: 'Digital Marketing Lead',
  },
  {
    key: 'maya',
    email: 'maya@demo.seleksi.id',
    name: 'Maya Anggraini',
    role: 'hiring_manager',
    title: 'Customer Experience Supervisor',
  },
  {
    key: 'fajar',
    email: 'fajar@demo.seleksi.id',
    name: 'Fajar Nugroho',
    role: 'interviewer',
    title: 'Senior Data Analyst',
  },
];

/** A demo job: the job's fields as stored, and who staffs it (by the demo users' keys). */
export interface DemoJob extends JobFields {
  key: string;
  status: 'draft' | 'open' | 'closed';
  recruiter: string;
  hiringManager: string;
  interviewers: string[];
}

export const demoJobs: DemoJob[] = [
  {
    key: 'content',
    title: 'Content Writer',
    department: 'Digital Marketing',
    city: 'Jakarta Selatan',
    workMode: 'hybrid',
    employmentType: 'full_time',
    description:
      'Menulis artikel blog, naskah media sosial, dan newsletter untuk penjual UMKM di platform kami. Bekerja sama dengan social media specialist dan desainer dalam content plan bulanan, dan mengukur hasil tiap konten bersama tim digital marketing.',
    requiredSkills: [
      'copywriting',
      'SEO writing',
      'riset kata kunci',
      'storytelling',
      'content plan',
    ],
    tools: ['Google Docs', 'WordPress', 'Google Analytics', 'Canva'],
    testsEnabled: false,
    province: 'dki_jakarta',
    salaryMin: 7_000_000,
    salaryMax: 10_000_000,
    salaryShownOnCareers: true,
    status: 'open',
    recruiter: 'hr',
    hiringManager: 'dimas',
    interviewers: [],
  },
  {
    key: 'backend',
    title: 'Backend Developer',
    department: 'Engineering',
    city: 'Jakarta Selatan',
    workMode: 'hybrid',
    employmentType: 'full_time',
    description:
      'Membangun dan merawat layanan API untuk pesanan dan pembayaran penjual. Menulis kode yang teruji, meninjau kode rekan, dan ikut jadwal on-call bergilir. Bekerja dengan tim produk dan QA dalam sprint dua mingguan.',
    requiredSkills: ['Node.js', 'TypeScript', 'PostgreSQL', 'REST API', 'unit testing'],
    tools: ['Git', 'Docker', 'Grafana', 'Jira'],
    testsEnabled: true,
    province: 'dki_jakarta',
    salaryMin: 12_000_000,
    salaryMax: 20_000_000,
    salaryShownOnCareers: true,
    status: 'open',
    recruiter: 'hr',
    hiringManager: 'user',
    interviewers: ['interviewer'],
  },
  {
    key: 'cs',
    title: 'Customer Service Officer',
    department: 'Customer Experience',
    city: 'Bandung',
    workMode: 'onsite',
    employmentType: 'full_time',
    description:
      'Menjawab pertanyaan dan keluhan penjual maupun pembeli lewat live chat, e-mail, dan telepon. Mencatat setiap kasus di sistem tiket, menindaklanjuti sampai tuntas, dan memberi masukan ke tim produk tentang masalah yang sering muncul.',
    requiredSkills: ['komunikasi', 'penanganan keluhan', 'empati', 'multitasking'],
    tools: ['Zendesk', 'Qontak', 'Trello', 'Google Sheets'],
    testsEnabled: false,
    province: 'jawa_barat',
    salaryMin: 5_000_000,
    salaryMax: 6_500_000,
    salaryShownOnCareers: false,
    status: 'open',
    recruiter: 'hr',
    hiringManager: 'maya',
    interviewers: [],
  },
  {
    key: 'data',
    title: 'Data Analyst',
    department: 'Data',
    city: 'Jakarta Selatan',
    workMode: 'remote',
    employmentType: 'contract',
    description:
      'Menyusun dashboard penjualan dan retensi penjual, menjawab pertanyaan bisnis dengan data, dan merancang analisis A/B test bersama tim produk. Menyajikan temuan secara ringkas kepada manajemen.',
    requiredSkills: ['SQL', 'statistik', 'visualisasi data', 'A/B testing'],
    tools: ['BigQuery', 'Looker Studio', 'Python', 'Excel'],
    testsEnabled: true,
    province: 'dki_jakarta',
    salaryMin: 10_000_000,
    salaryMax: 15_000_000,
    salaryShownOnCareers: false,
    status: 'open',
    recruiter: 'hr',
    hiringManager: 'user',
    interviewers: ['fajar'],
  },
  {
    key: 'qa',
    title: 'QA Engineer',
    department: 'Engineering',
    city: 'Yogyakarta',
    workMode: 'remote',
    employmentType: 'full_time',
    description:
      'Merancang skenario uji untuk aplikasi penjual, menulis tes otomatis end-to-end, dan memastikan setiap rilis aman sebelum sampai ke pengguna.',
    requiredSkills: ['test case design', 'automation testing', 'API testing'],
    tools: ['Playwright', 'Postman', 'Jira'],
    testsEnabled: false,
    province: 'di_yogyakarta',
    salaryMin: null,
    salaryMax: null,
    salaryShownOnCareers: false,
    status: 'draft',
    recruiter: 'hr',
    hiringManager: 'user',
    interviewers: ['interviewer'],
  },
];

export const firstNames = [
  'Sari',
  'Agus',
  'Dewi',
  'Rizky',
  'Putri',
  'Hendra',
  'Nurul',
  'Yoga',
  'Intan',
  'Bayu',
  'Lestari',
  'Arief',
  'Wulan',
  'Galih',
  'Ratna',
  'Teguh',
  'Citra',
  'Irfan',
  'Anisa',
  'Reza',
  'Fitri',
  'Wahyu',
  'Dinda',
  'Rangga',
  'Ayu',
  'Ilham',
  'Melati',
  'Joko',
  'Kartika',
  'Fikri',
  'Laras',
  'Yusuf',
  'Novi',
  'Satria',
  'Gita',
  'Hafiz',
  'Tiara',
  'Eko',
  'Nadia',
  'Kevin',
  'Siti',
  'Bagas',
  'Vina',
  'Danang',
  'Maharani',
  'Ketut',
  'Made',
  'Nyoman',
];
export const lastNames = [
  'Rahmawati',
  'Setiawan',
  'Permata',
  'Hidayat',
  'Maharani',
  'Gunawan',
  'Aini',
  'Pratama',
  'Puspita',
  'Wibowo',
  'Handayani',
  'Siregar',
  'Sihombing',
  'Nasution',
  'Tanjung',
  'Lubis',
  'Wijayakusuma',
  'Kurniawan',
  'Safitri',
  'Ramadhan',
  'Oktaviani',
  'Susanto',
  'Halim',
  'Manurung',
  'Saragih',
  'Purnomo',
  'Rachman',
  'Utami',
  'Firmansyah',
  'Anjani',
  'Hakim',
  'Marpaung',
  'Suryani',
  'Hutapea',
  'Damanik',
  'Mahendra',
  'Wulandari',
  'Syahputra',
  'Tambunan',
  'Kusnadi',
  'Nurhaliza',
  'Prakoso',
  'Ginting',
  'Larasati',
  'Adiputra',
  'Sudirman',
  'Wirawan',
  'Astuti',
];

export interface DemoCandidate {
  fullName: string;
  email: string;
  phone: string;
  source: 'careers_page' | 'referral' | 'jobstreet' | 'linkedin' | 'glints' | 'kalibrr' | 'campus';
  tags: string[];
  notes: string;
}

const sources = [
  'careers_page',
  'jobstreet',
  'linkedin',
  'referral',
  'glints',
  'kalibrr',
  'campus',
] as const;
const tagSets = [
  ['fresh graduate'],
  ['berpengalaman'],
  [],
  ['bisa mulai segera'],
  ['referral internal'],
  [],
];
const notes = [
  'Portofolio rapi dan relevan.',
  'Minta dihubungi setelah jam kerja.',
  '',
  'Pernah magang di startup e-commerce.',
  'Domisili dekat kantor.',
  '',
];

/** 48 invented candidates, built deterministically so every demo looks the same. */
export const demoCandidates: DemoCandidate[] = firstNames.map((first, index) => {
  const last = lastNames[index]!;
  const phoneDigits = String(81_200_000_000 + index * 7_919_351).slice(0, 11);
  return {
    fullName: `${first} ${last}`,
    email: `${first}.${last}@example.com`.toLowerCase(),
    phone: `0${phoneDigits}`,
    source: sources[index % sources.length]!,
    tags: tagSets[index % tagSets.length]!,
    notes: notes[index % notes.length]!,
  };
});
