// Candidate search latency at scale: seeds N candidates (default 100,000) with realistic CV text
// and an application each, then times the real search query (src/db/queries/candidate-search.ts)
// and prints p50/p99 per kind of search.
// Usage: npx tsx bench/search.ts [count] [--contact-only]   embedded PGlite, in memory
//        DATABASE_URL=postgres://… npx tsx bench/search.ts [count]   a PostgreSQL server
// The PostgreSQL database should be a throwaway one: the bench adds its own jobs and candidates
// (reused on a second run when enough are there).
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { openDatabase, type Database } from '../src/db/database';
import { searchCandidates, type CandidateSearch } from '../src/db/queries/candidate-search';
import { contactFragment } from '../src/services/candidates/candidate-service';
import { prepareDatabase } from '../src/services/database-setup';
import { cvText, roleFamilies } from './volume/cv-text';
import { nameBook } from './volume/names';
import { seededRandom } from './volume/random';

const total = Number(process.argv[2] ?? 100_000);
const batch = 1000;

// The volume bench's deterministic generator: distinct Indonesian names and CVs per line of work.
const random = seededRandom(42);
const pick = <T>(items: readonly T[]): T => random.pick(items);
const names = nameBook(seededRandom(41));
/** The first names handed out, again: the same sequence as the seeded candidates'. */
const seededNames = (count: number) => {
  const again = nameBook(seededRandom(41));
  return Array.from({ length: count }, () => again.next());
};
const cities = [
  'Jakarta Selatan',
  'Bandung',
  'Surabaya',
  'Yogyakarta',
  'Medan',
  'Depok',
  'Semarang',
  'Makassar',
];

async function seedCandidates(db: Database): Promise<string[]> {
  const jobIds: string[] = [];
  for (const role of roleFamilies) {
    const [existing] = await db.query<{ id: string }>('SELECT id FROM jobs WHERE title = $1', [
      `Bench ${role}`,
    ]);
    if (existing) {
      jobIds.push(existing.id);
      continue;
    }
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO jobs (title, department, city, work_mode, employment_type, status)
       VALUES ($1, 'Bench', 'Jakarta', 'hybrid', 'full_time', 'open') RETURNING id`,
      [`Bench ${role}`],
    );
    jobIds.push(row!.id);
  }
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM candidates',
  );
  if (n >= total) {
    console.log(`Reusing the ${n} candidates already in the database.`);
    return jobIds;
  }
  const started = performance.now();
  const stages = ['applied', 'cv_screening', 'hr_interview', 'user_interview', 'rejected'];
  for (let done = n; done < total; done += batch) {
    const rows = Array.from({ length: Math.min(batch, total - done) }, (_, i) => {
      const fullName = names.next();
      const city = pick(cities);
      const role = pick(roleFamilies);
      const text = cvText(random, { name: fullName, city, role });
      const index = done + i;
      return {
        fullName,
        email: `${fullName.toLowerCase().replace(/\s+/g, '.')}.${index}@example.com`,
        phone: `+628${String(1_000_000_000 + index * 7919).slice(0, 10)}`,
        city,
        cv: text,
        tags: random.chance(0.2) ? ['berpengalaman'] : [],
        job: jobIds[roleFamilies.indexOf(role)]!,
        stage: pick(stages),
        daysAgo: random.int(0, 364),
      };
    });
    await db.query(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::int[])
           AS t(full_name, email, phone, city, cv, tag, job_id, stage, days_ago)
       ), people AS (
         INSERT INTO candidates (full_name, email, phone, city, cv_text, tags, source, created_at)
         SELECT full_name, email, phone, city, cv, CASE WHEN tag = '' THEN '{}'::text[] ELSE ARRAY[tag] END,
           'careers_page', now() - make_interval(days => days_ago)
         FROM input RETURNING id, email
       )
       INSERT INTO applications (candidate_id, job_id, stage, created_at)
       SELECT p.id, i.job_id, i.stage, now() - make_interval(days => i.days_ago)
       FROM people p JOIN input i ON i.email = p.email`,
      [
        rows.map((r) => r.fullName),
        rows.map((r) => r.email),
        rows.map((r) => r.phone),
        rows.map((r) => r.city),
        rows.map((r) => r.cv),
        rows.map((r) => r.tags[0] ?? ''),
        rows.map((r) => r.job),
        rows.map((r) => r.stage),
        rows.map((r) => r.daysAgo),
      ],
    );
    if ((done / batch) % 10 === 0)
      process.stdout.write(`\rseeded ${done + rows.length} / ${total}`);
  }
  await db.query('ANALYZE candidates');
  await db.query('ANALYZE applications');
  console.log(
    `\rseeded ${total} candidates in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return jobIds;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * CPU milliseconds the database has spent so far: on PostgreSQL its backends' (read from /proc,
 * so only for a server on this machine), on PGlite this process's, where the engine runs. Unlike
 * wall-clock time it hardly moves with the machine's load.
 */
async function databaseCpu(db: Database): Promise<number | undefined> {
  if (db.engine === 'pglite') {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  const backends = await db.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend'",
  );
  let ticks = 0;
  for (const { pid } of backends) {
    const stat = `/proc/${pid}/stat`;
    if (!existsSync(stat)) return undefined;
    const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

async function time(
  db: Database,
  label: string,
  searches: Omit<CandidateSearch, 'limit' | 'offset'>[],
): Promise<void> {
  const ms: number[] = [];
  let hits = 0;
  const cpuBefore = await databaseCpu(db);
  for (const search of searches) {
    const started = performance.now();
    const result = await searchCandidates(db, { ...search, limit: 25, offset: 0 });
    ms.push(performance.now() - started);
    hits += result.total;
  }
  const cpuAfter = await databaseCpu(db);
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined
      ? ''
      : `   db CPU ${((cpuAfter - cpuBefore) / searches.length).toFixed(1).padStart(6)} ms/search`;
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(ms, 99).toFixed(1).padStart(7)} ms${cpu}   (${searches.length} searches, ${Math.round(hits / searches.length)} matches ranked, load ${loadavg()[0]!.toFixed(1)})`,
  );
}

/** A search as the candidates list makes it from what was typed (see listCandidates). */
const typed = (text: string): Omit<CandidateSearch, 'limit' | 'offset'> => ({
  text,
  contactFragment: contactFragment(text),
});

async function main() {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  await prepareDatabase(db);
  const jobIds = await seedCandidates(db);
  if (process.argv.includes('--contact-only')) {
    console.log(`\nContact searches over ${total} candidates (${db.engine}), first page of 25:`);
    await contactSearches(db, seededNames(Math.min(total, 1000)));
    await db.close();
    return;
  }
  const repeat = <T>(count: number, make: (i: number) => T) =>
    Array.from({ length: count }, (_, i) => make(i));
  const rare = ['Kafka', 'gRPC', 'JMeter', 'dbt', 'Tableau', 'Cypress', 'TikTok', 'CRM'];
  const common = ['SQL', 'PostgreSQL', 'Excel', 'Zendesk', 'Python', 'Docker'];
  console.log(`\nSearch latency over ${total} candidates (${db.engine}), first page of 25:`);
  await time(
    db,
    'newest first, no words',
    repeat(50, () => ({})),
  );
  await time(
    db,
    'a skill in 1 of 6 CVs ("Kafka")',
    repeat(100, (i) => ({ text: rare[i % rare.length] })),
  );
  await time(
    db,
    'a skill in 1 of 5 CVs ("SQL")',
    repeat(50, (i) => ({ text: common[i % common.length] })),
  );
  await time(
    db,
    'two skills ("Kafka SQL")',
    repeat(100, (i) => ({ text: `${rare[i % rare.length]} ${pick(common)}` })),
  );
  await time(
    db,
    'a word in half the CVs, stemmed',
    repeat(50, () => ({ text: 'pengembangan' })),
  );
  const someNames = seededNames(Math.min(total, 1000));
  await time(
    db,
    'a name ("Sari Dwi Rahmawati")',
    repeat(100, () => ({ text: pick(someNames) })),
  );
  await contactSearches(db, someNames);
  await time(
    db,
    'words + job + stage filters',
    repeat(100, (i) => ({
      text: rare[i % rare.length],
      jobId: pick(jobIds),
      stage: 'applied' as const,
    })),
  );
  await time(
    db,
    'words, as a hiring manager (team scope)',
    repeat(50, (i) => ({
      text: rare[i % rare.length],
      memberId: '00000000-0000-4000-8000-000000000001',
    })),
  );
  await db.close();
}

/** Part of an e-mail address or a phone number, as typed into the candidates search. */
async function contactSearches(db: Database, someNames: string[]): Promise<void> {
  const repeat = <T>(count: number, make: (i: number) => T) =>
    Array.from({ length: count }, (_, i) => make(i));
  const emailPart = (name: string) => name.toLowerCase().split(/\s+/).slice(0, 2).join('.');
  await time(
    db,
    'part of an e-mail ("sari.dwi")',
    repeat(50, () => typed(emailPart(pick(someNames)))),
  );
  await time(
    db,
    'part of every e-mail ("example")',
    repeat(20, () => typed('example')),
  );
  await time(
    db,
    'part of a phone ("0812 3456")',
    repeat(50, () => typed(`08${String(random.int(1_000, 99_999))}`)),
  );
}

await main();
