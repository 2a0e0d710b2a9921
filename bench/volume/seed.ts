import type { Database, Queryable } from '../../src/db/database';
import { hashPassword } from '../../src/services/auth/auth-service';
import { candidateAuditRows, staffAuditRows, type VolumeAuditRow } from './audit';
import { benchAccounts, volumeCompany, type VolumeCompany } from './company';
import { volumeCandidates, type VolumeCandidate, type VolumeOptions } from './generate';
import { builtInStageTemplates } from '../../src/domain/stage-template';
import {
  refreshAllReportFacts,
  switchReportFactsTriggers,
} from '../../src/db/queries/report-facts';

const batchSize = 500;
const bulkTables = [
  'candidates',
  'applications',
  'application_events',
  'cv_files',
  'interviews',
  'scorecards',
  'decisions',
  'audit_log',
];
const iso = (date: Date | null) => date?.toISOString() ?? null;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** What `seedVolume` left in the database, and how long it took (0 when reused). */
export interface SeededVolume {
  company: VolumeCompany;
  candidates: number;
  applications: number;
  seconds: number;
  reused: boolean;
}

/**
 * Seeds the volume with multi-row INSERTs of 500 candidates at a time (their applications,
 * events, interviews, scorecards, decisions, offers, CV files and audit rows alongside), one
 * transaction per batch, then ANALYZE. A database that already holds the volume is reused.
 */
export async function seedVolume(
  db: Database,
  options: VolumeOptions & { log?: (line: string) => void },
): Promise<SeededVolume> {
  const log = options.log ?? ((line: string) => console.log(line));
  const company = volumeCompany();
  const [existing] = await db.query<{ candidates: number; applications: number }>(
    `SELECT (SELECT count(*)::int FROM candidates) AS candidates,
            (SELECT count(*)::int FROM applications) AS applications
     WHERE EXISTS (SELECT 1 FROM users WHERE email = $1)`,
    [benchAccounts.admin.email],
  );
  if (existing && existing.candidates >= options.count) {
    log(
      `Reusing the volume already seeded: ${existing.candidates} candidates, ${existing.applications} applications.`,
    );
    return { company, ...existing, seconds: 0, reused: true };
  }
  if (existing) throw new Error('A smaller volume is already seeded here: use a fresh database.');
  const started = performance.now();
  await db.transaction((tx) => seedCompany(tx, company, options.now));
  // As pg_restore does: the big tables' secondary indexes are built once after the load, which is
  // several times faster than keeping them current row by row.
  const deferred = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [bulkTables],
  );
  for (const index of deferred) await db.query(`DROP INDEX ${index.name}`);
  // Likewise the reports' facts are computed once after the load, not per batch by the triggers.
  await switchReportFactsTriggers(db, false);
  let candidates = 0;
  let applications = 0;
  let batch: VolumeCandidate[] = [];
  let index = 0;
  const flush = async () => {
    const rows = batch;
    const first = index - rows.length;
    batch = [];
    await db.transaction((tx) => insertCandidates(tx, rows, first));
    candidates += rows.length;
    applications += rows.reduce((sum, c) => sum + c.applications.length, 0);
    if ((candidates / batchSize) % 20 === 0 || candidates === options.count) {
      const seconds = (performance.now() - started) / 1000;
      log(`  seeded ${candidates} / ${options.count} candidates (${seconds.toFixed(0)} s)`);
    }
  };
  for (const candidate of volumeCandidates(company, options)) {
    batch.push(candidate);
    index++;
    if (batch.length === batchSize) await flush();
  }
  if (batch.length) await flush();
  await db.transaction((tx) => insertAudit(tx, staffAuditRows(company, options.now)));
  const indexing = performance.now();
  for (const index of deferred) await db.query(index.definition);
  log(
    `  rebuilt ${deferred.length} indexes in ${((performance.now() - indexing) / 1000).toFixed(0)} s`,
  );
  const summarising = performance.now();
  await refreshAllReportFacts(db);
  await switchReportFactsTriggers(db, true);
  log(`  report facts in ${((performance.now() - summarising) / 1000).toFixed(0)} s`);
  const analyzing = performance.now();
  await db.query('ANALYZE');
  const seconds = (performance.now() - started) / 1000;
  log(
    `Seeded ${candidates} candidates and ${applications} applications in ${seconds.toFixed(0)} s ` +
      `(ANALYZE ${((performance.now() - analyzing) / 1000).toFixed(1)} s of it).`,
  );
  return { company, candidates, applications, seconds, reused: false };
}

async function seedCompany(tx: Queryable, company: VolumeCompany, now: Date): Promise<void> {
  const passwordHash = await hashPassword(benchAccounts.password);
  const withPassword = new Set([company.hr.id, company.admin.id]);
  const created = new Date(now.getTime() - 400 * 86_400_000);
  await tx.query(
    `INSERT INTO users (id, email, name, role, password_hash, created_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])`,
    [
      company.users.map((u) => u.id),
      company.users.map((u) => u.email),
      company.users.map((u) => u.name),
      company.users.map((u) => u.role),
      company.users.map((u) => (withPassword.has(u.id) ? passwordHash : null)),
      company.users.map(() => iso(created)),
    ],
  );
  const jobs = company.jobs;
  await tx.query(
    `INSERT INTO jobs (id, title, department, city, work_mode, employment_type, description, tests_enabled,
       status, created_by, created_at, updated_at, salary_min, salary_max)
     SELECT id, title, department, city, 'onsite', 'full_time', title || ' di ' || city, tests, status,
       $8::uuid, $9::timestamptz, $9::timestamptz, salary_min, salary_max
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::bigint[], $10::bigint[])
       AS t(id, title, department, city, tests, status, salary_min, salary_max)`,
    [
      jobs.map((j) => j.id),
      jobs.map((j) => j.title),
      jobs.map((j) => j.department),
      jobs.map((j) => j.city),
      jobs.map((j) => j.testsEnabled),
      jobs.map((j) => j.status),
      jobs.map((j) => j.salary[0]),
      company.hr.id,
      iso(created),
      jobs.map((j) => j.salary[1]),
    ],
  );
  const team = jobs.flatMap((job) => [
    [job.id, job.recruiterId, 'recruiter'],
    [job.id, job.managerId, 'hiring_manager'],
    ...job.interviewerIds.map((id) => [job.id, id, 'interviewer']),
  ]);
  await tx.query(
    `INSERT INTO job_team_members (job_id, user_id, team_role)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`,
    [team.map((t) => t[0]), team.map((t) => t[1]), team.map((t) => t[2])],
  );
  for (const stage of ['hr', 'user'] as const) {
    const template = builtInStageTemplates[stage];
    await tx.query(
      `INSERT INTO interview_plans (job_id, stage, interviewer_ids, duration_minutes, attributes, weight)
       SELECT job_id, $2, string_to_array(panel, ',')::uuid[], $3, $4::text[], $5
       FROM unnest($1::uuid[], $6::text[]) AS t(job_id, panel)`,
      [
        jobs.map((j) => j.id),
        stage,
        template.durationMinutes,
        template.attributes,
        template.weight,
        jobs.map((j) =>
          (stage === 'hr' ? [j.recruiterId] : [j.managerId, ...j.interviewerIds]).join(','),
        ),
      ],
    );
  }
}

async function insertCandidates(
  tx: Queryable,
  candidates: VolumeCandidate[],
  firstIndex: number,
): Promise<void> {
  const c = candidates;
  await tx.query(
    `INSERT INTO candidates (id, full_name, email, phone, source, tags, city, cv_text, locale, created_at, updated_at)
     SELECT id, full_name, email, phone, source,
       CASE WHEN tag = '' THEN '{}'::text[] ELSE ARRAY[tag] END, city, cv_text, locale, created_at, created_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::timestamptz[])
       AS t(id, full_name, email, phone, source, tag, city, cv_text, locale, created_at)`,
    [
      c.map((x) => x.id),
      c.map((x) => x.fullName),
      c.map((x) => x.email),
      c.map((x) => x.phone),
      c.map((x) => x.source),
      c.map((x) => x.tags[0] ?? ''),
      c.map((x) => x.city),
      c.map((x) => x.cvText),
      c.map((x) => x.locale),
      c.map((x) => iso(x.createdAt)),
    ],
  );
  const apps = c.flatMap((candidate) =>
    candidate.applications.map((application) => ({ candidate, application })),
  );
  await tx.query(
    `INSERT INTO applications (id, candidate_id, job_id, stage, hr_gate_cleared, stage_entered_at, created_at, start_date)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::boolean[], $6::timestamptz[],
       $7::timestamptz[], $8::date[])`,
    [
      apps.map((a) => a.application.id),
      apps.map((a) => a.candidate.id),
      apps.map((a) => a.application.jobId),
      apps.map((a) => a.application.stage),
      apps.map((a) => a.application.hrGateCleared),
      apps.map((a) => iso(a.application.stageEnteredAt)),
      apps.map((a) => iso(a.application.createdAt)),
      apps.map((a) =>
        a.application.stage === 'hired' && a.application.offer
          ? isoDay(a.application.offer.startDate)
          : null,
      ),
    ],
  );
  const files = c.flatMap((x) => (x.cvFile ? [{ candidate: x, file: x.cvFile }] : []));
  await tx.query(
    `INSERT INTO cv_files (id, candidate_id, application_id, sha256, kind, byte_size, file_name, text_status, text,
       text_extracted_at, created_at)
     SELECT id, candidate_id, application_id, sha256, kind, byte_size, file_name, 'extracted', text,
       created_at + interval '1 minute', created_at
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[],
       $9::timestamptz[]) AS t(id, candidate_id, application_id, sha256, kind, byte_size, file_name, text, created_at)`,
    [
      files.map((f) => f.file.id),
      files.map((f) => f.candidate.id),
      files.map((f) => f.candidate.applications[0]?.id ?? null),
      files.map((f) => f.file.sha256),
      files.map((f) => f.file.kind),
      files.map((f) => f.file.byteSize),
      files.map((f) => f.file.fileName),
      files.map((f) => f.candidate.cvText),
      files.map((f) => iso(f.candidate.createdAt)),
    ],
  );
  const events = apps.flatMap(({ application }) =>
    application.events.map((event) => ({ application, event })),
  );
  await tx.query(
    `INSERT INTO application_events (application_id, actor_id, from_stage, to_stage, rejection_reason, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])`,
    [
      events.map((e) => e.application.id),
      events.map((e) => e.event.actorId),
      events.map((e) => e.event.fromStage),
      events.map((e) => e.event.toStage),
      events.map((e) => e.event.rejectionReason),
      events.map((e) => iso(e.event.at)),
    ],
  );
  const interviews = apps.flatMap(({ candidate, application }) =>
    application.interviews.map((interview) => ({ candidate, application, interview })),
  );
  await tx.query(
    `INSERT INTO interviews (id, application_id, stage, starts_at, duration_minutes, time_zone, mode, meeting_url,
       address, interviewer_ids, locale, status, created_by, created_at, updated_at)
     SELECT id, application_id, stage, starts_at, duration, 'Asia/Jakarta', mode,
       CASE WHEN mode = 'online' THEN 'https://meet.example.com/' || left(id::text, 8) ELSE '' END,
       CASE WHEN mode = 'onsite' THEN 'Jl. Jenderal Sudirman Kav. 52, Jakarta' ELSE '' END,
       string_to_array(panel, ',')::uuid[], locale, status, created_by, created_at, created_at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::int[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::uuid[], $11::timestamptz[])
       AS t(id, application_id, stage, starts_at, duration, mode, panel, locale, status, created_by, created_at)`,
    [
      interviews.map((i) => i.interview.id),
      interviews.map((i) => i.application.id),
      interviews.map((i) => i.interview.stage),
      interviews.map((i) => iso(i.interview.startsAt)),
      interviews.map((i) => i.interview.durationMinutes),
      interviews.map((i) => i.interview.mode),
      interviews.map((i) => i.interview.interviewerIds.join(',')),
      interviews.map((i) => i.candidate.locale),
      interviews.map((i) => i.interview.status),
      interviews.map((i) => i.interview.createdBy),
      interviews.map((i) => iso(i.interview.createdAt)),
    ],
  );
  const cards = apps.flatMap(({ application }) =>
    application.scorecards.map((card) => ({ application, card })),
  );
  await tx.query(
    `INSERT INTO scorecards (id, application_id, stage, interviewer_id, ratings, recommendation, summary, submitted_at,
       created_at, updated_at)
     SELECT id, application_id, stage, interviewer_id, ratings::jsonb, recommendation, summary, submitted_at,
       created_at, coalesce(submitted_at, created_at)
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[],
       $8::timestamptz[], $9::timestamptz[])
       AS t(id, application_id, stage, interviewer_id, ratings, recommendation, summary, submitted_at, created_at)`,
    [
      cards.map((x) => x.card.id),
      cards.map((x) => x.application.id),
      cards.map((x) => x.card.stage),
      cards.map((x) => x.card.interviewerId),
      cards.map((x) => JSON.stringify(x.card.ratings)),
      cards.map((x) => x.card.recommendation),
      cards.map((x) =>
        x.card.recommendation.endsWith('yes') ? 'Layak lanjut.' : 'Belum sesuai kebutuhan.',
      ),
      cards.map((x) => iso(x.card.submittedAt)),
      cards.map((x) => iso(x.card.createdAt)),
    ],
  );
  const decisions = apps.flatMap(({ application }) =>
    application.decisions.map((decision) => ({ application, decision })),
  );
  await tx.query(
    `INSERT INTO decisions (application_id, stage, outcome, rationale, scores, decided_by, created_at)
     SELECT application_id, stage, outcome, rationale, scores::jsonb, decided_by, created_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::timestamptz[])
       AS t(application_id, stage, outcome, rationale, scores, decided_by, created_at)`,
    [
      decisions.map((x) => x.application.id),
      decisions.map((x) => x.decision.stage),
      decisions.map((x) => x.decision.outcome),
      decisions.map((x) =>
        x.decision.outcome === 'advance' ? 'Sesuai kebutuhan.' : 'Belum sesuai.',
      ),
      decisions.map((x) => JSON.stringify(x.decision.scores)),
      decisions.map((x) => x.decision.decidedBy),
      decisions.map((x) => iso(x.decision.at)),
    ],
  );
  await insertOffers(tx, c);
  await insertAudit(
    tx,
    c.flatMap((candidate, i) => candidateAuditRows(candidate, firstIndex + i)),
  );
}

async function insertOffers(tx: Queryable, candidates: VolumeCandidate[]): Promise<void> {
  const offers = candidates.flatMap((candidate) =>
    candidate.applications.flatMap((application) =>
      application.offer && application.offerId
        ? [{ candidate, application, offer: application.offer, id: application.offerId }]
        : [],
    ),
  );
  if (offers.length === 0) return;
  await tx.query(
    `INSERT INTO offers (id, application_id, status, sent_at, created_at, updated_at)
     SELECT id, application_id, status, sent_at, created_at, created_at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[])
       AS t(id, application_id, status, sent_at, created_at)`,
    [
      offers.map((o) => o.id),
      offers.map((o) => o.application.id),
      offers.map((o) => o.offer.status),
      offers.map((o) => iso(o.offer.sentAt)),
      offers.map((o) => iso(o.offer.createdAt)),
    ],
  );
  await tx.query(
    `INSERT INTO offer_versions (offer_id, version, job_title, contract_type, probation_months, gross_monthly_salary,
       work_mode, work_location, offer_date, start_date, expires_on, created_at)
     SELECT offer_id, 1, job_title, 'pkwtt', 3, salary, 'onsite', work_location, created_at::date, start_date,
       expires_on, created_at
     FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::timestamptz[], $6::date[], $7::date[])
       AS t(offer_id, job_title, salary, work_location, created_at, start_date, expires_on)`,
    [
      offers.map((o) => o.id),
      offers.map((o) => `Staf ${o.candidate.role}`),
      offers.map((o) => o.offer.grossMonthlySalary),
      offers.map((o) => o.candidate.city),
      offers.map((o) => iso(o.offer.createdAt)),
      offers.map((o) => isoDay(o.offer.startDate)),
      offers.map((o) => isoDay(o.offer.expiresOn)),
    ],
  );
  const answered = offers.filter((o) => o.offer.answer);
  await tx.query(
    `INSERT INTO offer_answers (offer_id, version, kind, signed_name, consent_given, client_hash, decline_reason,
       answered_at)
     SELECT offer_id, 1, kind, CASE WHEN kind = 'accept' THEN signed_name END,
       CASE WHEN kind = 'accept' THEN true END,
       CASE WHEN kind = 'accept' THEN md5(offer_id::text) || md5(signed_name) END, decline_reason, answered_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
       AS t(offer_id, kind, signed_name, decline_reason, answered_at)`,
    [
      answered.map((o) => o.id),
      answered.map((o) => o.offer.answer!.kind),
      answered.map((o) => o.candidate.fullName),
      answered.map((o) => o.offer.answer!.declineReason),
      answered.map((o) => iso(o.offer.answer!.at)),
    ],
  );
}

async function insertAudit(tx: Queryable, rows: VolumeAuditRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, candidate_id, detail)
     SELECT at, actor_id, action, entity_type, entity_id, candidate_id, detail::jsonb
     FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[])
       AS t(at, actor_id, action, entity_type, entity_id, candidate_id, detail)`,
    [
      rows.map((r) => iso(r.at)),
      rows.map((r) => r.actorId),
      rows.map((r) => r.action),
      rows.map((r) => r.entityType),
      rows.map((r) => r.entityId),
      rows.map((r) => r.candidateId),
      rows.map((r) => JSON.stringify(r.detail)),
    ],
  );
}
