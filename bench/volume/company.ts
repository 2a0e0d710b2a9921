import type { RoleFamily } from './cv-text';
import { nameBook } from './names';
import { seededRandom, stableId } from './random';

/** The bench's two sign-in accounts; every other staff account has no password. */
export const benchAccounts = {
  hr: { email: 'hr@volume.bench.test', name: 'Bench HR' },
  admin: { email: 'admin@volume.bench.test', name: 'Bench Admin' },
  password: 'volume-bench-passphrase-2026',
} as const;

export interface VolumeUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer';
  /** How much this person rates above (+) or below (-) the rest of a panel. */
  leniency: number;
}

export interface VolumeJob {
  id: string;
  title: string;
  department: string;
  city: string;
  role: RoleFamily;
  testsEnabled: boolean;
  /** Relative share of the applications; the board job's share is fixed instead (see below). */
  weight: number;
  status: 'open' | 'closed';
  salary: [number, number];
  recruiterId: string;
  managerId: string;
  interviewerIds: string[];
}

// title, department, city, role family, tests, weight (thousands of applications, roughly)
const openings: [string, string, string, RoleFamily, boolean, number][] = [
  ['Backend Developer', 'Engineering', 'Jakarta Selatan', 'backend', true, 6],
  ['Senior Backend Engineer', 'Engineering', 'Jakarta Selatan', 'backend', true, 2.5],
  ['Frontend Developer', 'Engineering', 'Bandung', 'backend', true, 5],
  ['Mobile Developer (Android)', 'Engineering', 'Yogyakarta', 'backend', false, 3.5],
  ['QA Engineer', 'Engineering', 'Jakarta Selatan', 'qa', true, 4],
  ['DevOps Engineer', 'Engineering', 'Jakarta Selatan', 'backend', false, 2],
  ['Software Engineer Intern', 'Engineering', 'Jakarta Selatan', 'backend', true, 9],
  ['Data Analyst', 'Data', 'Jakarta Selatan', 'data', true, 9],
  ['Data Engineer', 'Data', 'Jakarta Selatan', 'data', false, 3],
  ['Business Intelligence Analyst', 'Data', 'Surabaya', 'data', false, 3],
  ['Content Writer', 'Marketing', 'Yogyakarta', 'content', false, 7],
  ['Digital Marketing Specialist', 'Marketing', 'Jakarta Selatan', 'content', false, 8],
  ['Social Media Specialist', 'Marketing', 'Bandung', 'content', false, 7],
  ['SEO Specialist', 'Marketing', 'Jakarta Selatan', 'content', false, 3],
  ['Graphic Designer', 'Marketing', 'Yogyakarta', 'design', true, 6],
  ['UI/UX Designer', 'Product', 'Jakarta Selatan', 'design', true, 5],
  ['Product Manager', 'Product', 'Jakarta Selatan', 'data', false, 3],
  ['Customer Service Officer', 'Customer Service', 'Jakarta Selatan', 'cs', false, 20],
  ['Customer Service Officer', 'Customer Service', 'Surabaya', 'cs', false, 15],
  ['Live Chat Agent', 'Customer Service', 'Medan', 'cs', false, 12],
  ['Call Center Agent', 'Customer Service', 'Makassar', 'cs', false, 12],
  ['Team Leader Customer Service', 'Customer Service', 'Jakarta Selatan', 'cs', false, 3],
  ['Staf Gudang', 'Operasional', 'Bekasi', 'operations', false, 18],
  ['Kurir', 'Operasional', 'Jakarta Timur', 'operations', false, 20],
  ['Admin Operasional', 'Operasional', 'Semarang', 'operations', false, 10],
  ['Supervisor Gudang', 'Operasional', 'Bekasi', 'operations', false, 3],
  ['Driver Pengiriman', 'Operasional', 'Depok', 'operations', false, 14],
  ['Sales Executive', 'Sales', 'Jakarta Selatan', 'sales', false, 12],
  ['Account Manager', 'Sales', 'Jakarta Selatan', 'sales', false, 4],
  ['Telesales', 'Sales', 'Bandung', 'sales', false, 14],
  ['Sales Canvasser', 'Sales', 'Medan', 'sales', false, 10],
  ['Staf Akuntansi', 'Finance', 'Jakarta Selatan', 'finance', true, 9],
  ['Finance Analyst', 'Finance', 'Jakarta Selatan', 'finance', true, 4],
  ['Tax Officer', 'Finance', 'Jakarta Selatan', 'finance', false, 3],
  ['Kasir', 'Finance', 'Depok', 'finance', false, 15],
  ['HR Generalist', 'People', 'Jakarta Selatan', 'people', false, 5],
  ['Recruiter', 'People', 'Jakarta Selatan', 'people', false, 4],
  ['Payroll Officer', 'People', 'Jakarta Selatan', 'people', false, 3],
  ['Technical Support', 'Engineering', 'Surabaya', 'qa', false, 6],
];
/** The job with exactly one application in every 20 candidates: 5,000 at 100,000 candidates. */
export const boardOpening: [string, string, string, RoleFamily, boolean, number] = [
  'Admin Gudang (Rekrutmen Massal)',
  'Operasional',
  'Bekasi',
  'operations',
  false,
  0,
];

const salaryBands: Record<RoleFamily, [number, number]> = {
  backend: [12_000_000, 25_000_000],
  data: [10_000_000, 20_000_000],
  content: [6_000_000, 10_000_000],
  cs: [5_000_000, 6_500_000],
  qa: [8_000_000, 15_000_000],
  operations: [5_000_000, 6_000_000],
  sales: [5_500_000, 9_000_000],
  finance: [7_000_000, 13_000_000],
  people: [7_000_000, 12_000_000],
  design: [8_000_000, 15_000_000],
};

export interface VolumeCompany {
  users: VolumeUser[];
  hr: VolumeUser;
  admin: VolumeUser;
  recruiters: VolumeUser[];
  jobs: VolumeJob[];
  /** The 5,000-application job (at 100,000 candidates). */
  boardJob: VolumeJob;
}

/** The company behind the volume: 1 admin, 10 recruiters, 40 hiring managers, 60 interviewers, 40 jobs. */
export function volumeCompany(): VolumeCompany {
  const random = seededRandom(7);
  const names = nameBook(random);
  let counter = 0;
  const person = (role: VolumeUser['role'], email?: string, name?: string): VolumeUser => {
    const index = counter++;
    const fullName = name ?? names.next();
    return {
      id: stableId(1, index),
      email: email ?? `${fullName.toLowerCase().replace(/\s+/g, '.')}.${index}@staff.bench.test`,
      name: fullName,
      role,
      leniency: role === 'admin' ? 0 : Math.max(-1, Math.min(1, random.normal(0, 0.35))),
    };
  };
  const admin = person('admin', benchAccounts.admin.email, benchAccounts.admin.name);
  const hr = person('recruiter', benchAccounts.hr.email, benchAccounts.hr.name);
  const recruiters = [hr, ...Array.from({ length: 9 }, () => person('recruiter'))];
  const managers = Array.from({ length: 40 }, () => person('hiring_manager'));
  const interviewers = Array.from({ length: 60 }, () => person('interviewer'));
  const jobs = [boardOpening, ...openings].map(
    ([title, department, city, role, testsEnabled, weight], index): VolumeJob => ({
      id: stableId(2, index),
      title,
      department,
      city,
      role,
      testsEnabled,
      weight,
      status: index % 9 === 8 ? 'closed' : 'open',
      salary: salaryBands[role],
      recruiterId: recruiters[index % recruiters.length]!.id,
      managerId: managers[index]!.id,
      interviewerIds: [interviewers[index]!.id, interviewers[(index + 20) % 60]!.id],
    }),
  );
  return {
    users: [admin, ...recruiters, ...managers, ...interviewers],
    hr,
    admin,
    recruiters,
    jobs,
    boardJob: jobs[0]!,
  };
}
