/**
 * Invented CV texts for the demo candidates, so search, screening and the kits show something
 * real. Each CV covers some of the job's skills and tools and leaves others out, as CVs do.
 */

export interface CvFacts {
  fullName: string;
  email: string;
  phone: string;
  city: string;
  jobKey: string;
  /** Varies what the CV says, deterministically. */
  variant: number;
}

const companies = [
  'PT Warung Pintar Nusantara',
  'Kopi Kenangan Digital',
  'PT Logistik Cepat Indonesia',
  'Bank Daerah Sejahtera',
  'Toko Online Serba Ada',
  'PT Media Kreatif Bandung',
  'Startup Agritech Tani Maju',
];
const universities = [
  'Universitas Indonesia',
  'Institut Teknologi Bandung',
  'Universitas Gadjah Mada',
  'Universitas Brawijaya',
  'Universitas Padjadjaran',
  'Binus University',
];

/** Per job: sentences that each mention some of the job's terms; a CV takes a varying subset. */
const experienceLines: Record<string, string[]> = {
  content: [
    'Menulis artikel SEO 8-10 per minggu; trafik organik blog naik 45% dalam enam bulan.',
    'Menyusun kalender konten bersama social media specialist dan desainer.',
    'Mengelola WordPress perusahaan dan mengukur performa artikel dengan Google Analytics.',
    'Menulis copywriting iklan dan caption Instagram; membuat visual sederhana di Canva.',
    'Riset kata kunci dan menulis ulang 60 artikel lama agar masuk halaman pertama Google.',
    'Menyunting naskah penulis lepas di Google Docs dengan panduan gaya yang saya susun.',
  ],
  backend: [
    'Membangun REST API pembayaran dengan Node.js dan TypeScript untuk 200 ribu transaksi per hari.',
    'Merancang skema PostgreSQL dan mempercepat query laporan dari 9 detik menjadi 400 ms.',
    'Menulis unit testing dengan Jest sampai cakupan 85%; bug produksi turun sepertiga.',
    'Mengemas layanan dengan Docker dan memantau latensi lewat Grafana.',
    'Built an event-driven order service in Go with Kafka and Redis.',
    'Mengelola sprint dan tiket bug di Jira bersama tim QA; review kode harian di Git.',
    'Migrated a PHP monolith to microservices on Kubernetes with zero downtime.',
  ],
  cs: [
    'Menangani 80-120 tiket per hari lewat Zendesk dengan skor kepuasan 4,8 dari 5.',
    'Menyelesaikan penanganan keluhan pelanggan marah dengan empati dan solusi yang jelas.',
    'Membalas chat WhatsApp pelanggan melalui Qontak dan mencatat kasus berulang.',
    'Komunikasi lintas tim dengan gudang dan kurir untuk kiriman terlambat.',
    'Multitasking antara telepon, chat dan e-mail pada jam sibuk promo tanggal kembar.',
    'Membuat rekap keluhan mingguan di Google Sheets dan papan tindak lanjut di Trello.',
  ],
  data: [
    'Menulis query SQL di BigQuery untuk laporan penjualan harian 30 cabang.',
    'Membuat dashboard visualisasi data di Looker Studio untuk tim marketing.',
    'Menganalisis A/B testing halaman checkout; konversi naik 12% dengan uji statistik.',
    'Membersihkan dan mengolah data dengan Python (pandas) sebelum dianalisis.',
    'Menyusun model perkiraan stok bulanan di Excel dengan pivot table dan regresi.',
    'Presented weekly insights to product managers and turned them into experiments.',
  ],
};

const summaries: Record<string, string> = {
  content: 'Content writer yang suka riset dan menulis dengan data.',
  backend: 'Backend developer yang peduli pada API yang cepat dan mudah dirawat.',
  cs: 'Customer service yang sabar, rapi mencatat, dan senang membantu pelanggan.',
  data: 'Data analyst yang menerjemahkan angka menjadi keputusan bisnis.',
};

const titles: Record<string, string> = {
  content: 'Content Writer',
  backend: 'Backend Developer',
  cs: 'Customer Service',
  data: 'Data Analyst',
};

/** The CV's lines, top to bottom, as a candidate would write them. */
export function demoCvLines(facts: CvFacts): string[] {
  const pool = experienceLines[facts.jobKey] ?? [];
  const years = 1 + (facts.variant % 6);
  // Leave out a different sentence or two per candidate, so coverage varies.
  const skip = new Set([facts.variant % pool.length, (facts.variant * 3 + 1) % pool.length]);
  const lines = pool.filter((_, index) => !skip.has(index) || facts.variant % 5 === 0);
  const english = facts.variant % 4 === 3;
  return [
    facts.fullName,
    `${titles[facts.jobKey] ?? ''} | ${facts.city} | ${facts.email} | ${facts.phone}`,
    '',
    english ? 'SUMMARY' : 'RINGKASAN',
    summaries[facts.jobKey] ?? '',
    english
      ? `${years}+ years of experience in ${titles[facts.jobKey]?.toLowerCase()} roles.`
      : `Pengalaman ${years} tahun di bidang yang sama.`,
    '',
    english ? 'EXPERIENCE' : 'PENGALAMAN KERJA',
    `${companies[facts.variant % companies.length]} (${2025 - years} - sekarang)`,
    ...lines.map((line) => `- ${line}`),
    '',
    english ? 'EDUCATION' : 'PENDIDIKAN',
    `S1, ${universities[facts.variant % universities.length]} (${2025 - years - 4})`,
  ];
}

export const demoCities = ['Jakarta Selatan', 'Bandung', 'Depok', 'Bekasi', 'Tangerang', 'Bogor'];
