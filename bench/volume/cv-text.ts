import type { Random } from './random';

/** The families of work the volume's jobs hire for, with the skills their CVs name. */
export const roleSkills = {
  backend: [
    'Node.js',
    'TypeScript',
    'PostgreSQL',
    'Golang',
    'Docker',
    'Kubernetes',
    'Redis',
    'Kafka',
    'REST API',
    'gRPC',
    'Git',
    'Grafana',
    'microservices',
    'unit testing',
  ],
  data: [
    'SQL',
    'Python',
    'pandas',
    'BigQuery',
    'Looker Studio',
    'Excel',
    'statistik',
    'A/B testing',
    'Tableau',
    'visualisasi data',
    'machine learning',
    'dbt',
  ],
  content: [
    'SEO',
    'copywriting',
    'WordPress',
    'Google Analytics',
    'Canva',
    'content plan',
    'storytelling',
    'Instagram',
    'TikTok',
    'riset kata kunci',
  ],
  cs: [
    'Zendesk',
    'Qontak',
    'Trello',
    'Google Sheets',
    'penanganan keluhan',
    'empati',
    'komunikasi',
    'live chat',
    'SLA',
    'CRM',
  ],
  qa: [
    'Playwright',
    'Postman',
    'Selenium',
    'test case',
    'automation testing',
    'API testing',
    'regression',
    'Cypress',
    'JMeter',
  ],
  operations: [
    'forklift',
    'stock opname',
    'WMS',
    'SAP',
    'FIFO',
    'picking packing',
    'K3',
    'SIM B1',
    'inventaris',
    'pengiriman',
  ],
  sales: [
    'negosiasi',
    'target penjualan',
    'prospek',
    'B2B',
    'CRM',
    'presentasi',
    'closing',
    'canvassing',
    'Salesforce',
  ],
  finance: [
    'akuntansi',
    'jurnal',
    'Accurate',
    'Excel',
    'PPh 21',
    'PPN',
    'rekonsiliasi bank',
    'laporan keuangan',
    'e-Faktur',
    'audit',
  ],
  people: [
    'rekrutmen',
    'payroll',
    'BPJS',
    'onboarding',
    'hubungan industrial',
    'Talenta',
    'psikotes',
    'administrasi karyawan',
  ],
  design: ['Figma', 'Adobe Illustrator', 'Photoshop', 'UI/UX', 'prototyping', 'design system'],
} as const;
export type RoleFamily = keyof typeof roleSkills;
export const roleFamilies = Object.keys(roleSkills) as RoleFamily[];

const verbsId = [
  'Membangun',
  'Mengembangkan',
  'Merancang',
  'Mengelola',
  'Menganalisis',
  'Menulis',
  'Memperbaiki',
  'Mengotomasi',
  'Memimpin',
  'Menyusun',
];
const verbsEn = [
  'Built',
  'Developed',
  'Designed',
  'Managed',
  'Analysed',
  'Wrote',
  'Improved',
  'Automated',
  'Led',
  'Migrated',
];
const objects = [
  'layanan pembayaran',
  'dashboard penjualan',
  'aplikasi kasir',
  'sistem stok gudang',
  'kampanye promo',
  'laporan bulanan',
  'API pengiriman',
  'halaman checkout',
  'tiket pelanggan',
  'data pelanggan',
];
const companies = [
  'PT Maju Jaya',
  'Toko Digital Nusantara',
  'Bank Sejahtera',
  'PT Logistik Cepat',
  'Startup Tani',
  'Kopi Kita',
  'PT Media Kreatif',
  'Marketplace UMKM',
];
const fillers =
  'dengan tim lintas fungsi untuk meningkatkan kecepatan dan kualitas; hasilnya naik signifikan dalam beberapa bulan serta dipakai oleh ribuan pengguna setiap hari'.split(
    ' ',
  );

/** A CV's extracted text: name, role and city, then 8-19 sentences of experience, 30 % in English. */
export function cvText(
  random: Random,
  person: { name: string; city: string; role: RoleFamily },
  sentences = 8 + random.int(0, 11),
): string {
  const skills = roleSkills[person.role];
  const english = random.chance(0.3);
  const years = random.int(1, 10);
  const lines = [
    person.name,
    `${person.role} · ${person.city}`,
    english ? `${years} years of experience.` : `Pengalaman ${years} tahun.`,
  ];
  for (let i = 0; i < sentences; i++) {
    const words = [
      english ? random.pick(verbsEn) : random.pick(verbsId),
      random.pick(objects),
      english ? 'with' : 'dengan',
      random.pick(skills),
      english ? 'and' : 'dan',
      random.pick(skills),
      'di',
      random.pick(companies),
    ];
    for (let j = 0; j < 4 + random.int(0, 7); j++) words.push(random.pick(fillers));
    lines.push(`${words.join(' ')}.`);
  }
  return lines.join('\n');
}
