import { createHash } from 'node:crypto';
import type { CandidateSource } from '../../src/domain/candidate';
import type { VolumeCompany, VolumeJob } from './company';
import { cvText, type RoleFamily } from './cv-text';
import {
  applicationHistory,
  day,
  type ApplicationHistory,
  type VolumeInterview,
  type VolumeScorecard,
} from './history';
import { nameBook } from './names';
import { seededRandom, stableId, type Random } from './random';

export interface VolumeApplication extends Omit<ApplicationHistory, 'interviews' | 'scorecards'> {
  id: string;
  jobId: string;
  createdAt: Date;
  interviews: (VolumeInterview & { id: string })[];
  scorecards: (VolumeScorecard & { id: string })[];
  offerId: string | null;
}

export interface VolumeCvFile {
  id: string;
  sha256: string;
  kind: 'pdf' | 'docx';
  byteSize: number;
  fileName: string;
}

export interface VolumeCandidate {
  id: string;
  fullName: string;
  email: string;
  phone: string;
  city: string;
  source: CandidateSource;
  tags: string[];
  locale: 'id' | 'en';
  role: RoleFamily;
  cvText: string;
  cvFile: VolumeCvFile | null;
  createdAt: Date;
  applications: VolumeApplication[];
}

export interface VolumeOptions {
  /** How many candidates; applications are three per candidate on average. */
  count: number;
  /** The end of the ~12 months of history. */
  now: Date;
  seed?: number;
}

const cities = {
  'Jakarta Selatan': 18,
  'Jakarta Timur': 10,
  'Jakarta Barat': 8,
  Bekasi: 9,
  Depok: 6,
  Tangerang: 8,
  Bandung: 9,
  Surabaya: 9,
  Yogyakarta: 5,
  Semarang: 5,
  Medan: 6,
  Makassar: 4,
  Denpasar: 2,
  Palembang: 3,
  Malang: 3,
};
const sources: Record<CandidateSource, number> = {
  careers_page: 35,
  jobstreet: 20,
  linkedin: 15,
  glints: 8,
  kalibrr: 5,
  referral: 8,
  campus: 4,
  manual: 4,
  other: 1,
  // Weight 0: the generated history predates spreadsheet imports (and keeps its numbers).
  spreadsheet_import: 0,
};
const tags = ['berpengalaman', 'fresh graduate', 'bahasa inggris', 'bersedia relokasi', 'shift'];
/** Applications per candidate, cycled: 1 to 5, three on average, so the total is exact. */
const applicationCounts = [1, 2, 3, 4, 5, 3, 2, 4, 3, 3];

/**
 * The candidates of the volume, one at a time and the same on every run: distinct Indonesian
 * names, CVs in their line of work, one to five applications each over ~40 jobs (one candidate
 * in 20 applies to the board job) spread over the 12 months before `now`, each with its history.
 */
export function* volumeCandidates(
  company: VolumeCompany,
  options: VolumeOptions,
): Generator<VolumeCandidate> {
  const random = seededRandom(options.seed ?? 42);
  const names = nameBook(random);
  const staff = new Map(company.users.map((user) => [user.id, user]));
  const others = company.jobs.filter((job) => job !== company.boardJob);
  const roleDemand = {} as Record<RoleFamily, number>;
  for (const job of others) roleDemand[job.role] = (roleDemand[job.role] ?? 0) + job.weight;
  const now = options.now.getTime();
  const counters = { application: 0, interview: 0, scorecard: 0, offer: 0 };

  for (let index = 0; index < options.count; index++) {
    const fullName = names.next();
    const city = random.weighted(cities);
    const role = random.weighted(roleDemand);
    const quality = random.normal();
    const firstApplied = now - random.next() * 365 * day;
    const jobs = chooseJobs(random, { boardJob: company.boardJob, others, role, candidate: index });
    const applications = jobs.map((job, order): VolumeApplication => {
      const appliedAt = new Date(
        order === 0
          ? firstApplied
          : Math.min(firstApplied + random.next() * 90 * day, now - 3_600_000),
      );
      const history = applicationHistory(random, {
        job,
        appliedAt,
        now: options.now,
        quality: quality * 0.8 + random.normal(0, 0.6) + (job.role === role ? 0.2 : -0.6),
        staff,
      });
      return {
        ...history,
        id: stableId(4, counters.application++),
        jobId: job.id,
        createdAt: appliedAt,
        interviews: history.interviews.map((i) => ({
          ...i,
          id: stableId(5, counters.interview++),
        })),
        scorecards: history.scorecards.map((s) => ({
          ...s,
          id: stableId(6, counters.scorecard++),
        })),
        offerId: history.offer ? stableId(7, counters.offer++) : null,
      };
    });
    const createdAt = new Date(Math.min(...applications.map((a) => a.createdAt.getTime())));
    const hasCv = random.chance(0.92);
    const text = hasCv ? cvText(random, { name: fullName, city, role }) : '';
    const slug = fullName.toLowerCase().replace(/[^a-z]+/g, '.');
    yield {
      id: stableId(3, index),
      fullName,
      email: `${slug}.${index}@example.com`,
      phone: `+62${['812', '813', '857', '878', '821'][index % 5]}${String(index).padStart(8, '0')}`,
      city,
      source: random.weighted(sources),
      tags: random.chance(0.2) ? [random.pick(tags)] : [],
      locale: random.chance(0.85) ? 'id' : 'en',
      role,
      cvText: text,
      cvFile: hasCv
        ? {
            id: stableId(8, index),
            sha256: createHash('sha256').update(`volume-cv-${index}`).digest('hex'),
            kind: random.chance(0.8) ? 'pdf' : 'docx',
            byteSize: random.int(40_000, 900_000),
            fileName: `CV ${fullName}.pdf`,
          }
        : null,
      createdAt,
      applications,
    };
  }
}

/** The jobs one candidate applies to: mostly in their line of work, never the same job twice. */
function chooseJobs(
  random: Random,
  context: { boardJob: VolumeJob; others: VolumeJob[]; role: RoleFamily; candidate: number },
): VolumeJob[] {
  const wanted = applicationCounts[(context.candidate * 7) % applicationCounts.length]!;
  const chosen: VolumeJob[] = context.candidate % 20 === 0 ? [context.boardJob] : [];
  while (chosen.length < wanted) {
    const weights = Object.fromEntries(
      context.others
        .filter((job) => !chosen.includes(job))
        .map((job) => [job.id, job.weight * (job.role === context.role ? 8 : 1)]),
    );
    const id = random.weighted(weights);
    chosen.push(context.others.find((job) => job.id === id)!);
  }
  return chosen;
}
