import { readMailSettings } from '../../src/config';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, Queryable } from '../../src/db/database';
import { buildApp } from '../../src/server/app';
import { createSecretBox } from '../../src/services/secret-box';
import { benchAccounts } from './company';
import { serially, timing, type Timing } from './measure';

export interface Statement {
  sql: string;
  params: readonly unknown[];
}

/**
 * A statement that only reads, so it can be run again and explained without changing anything;
 * a `SET LOCAL` a report reads under (e.g. jit off) is replayed with it, in one transaction.
 */
const isSetting = (sql: string) => /^\s*SET\s+LOCAL\b/i.test(sql);
const isRead = (sql: string) =>
  isSetting(sql) ||
  (/^\s*(SELECT|WITH)\b/i.test(sql) &&
    !/\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|FOR\s+UPDATE|FOR\s+SHARE|pg_advisory)/i.test(
      sql,
    ));

/** The database as the app sees it, noting every statement while `recording` is on. */
function recordingDatabase(db: Database): {
  db: Database;
  recorded: Statement[];
  /** Transactions begun while recording: each costs a BEGIN and a COMMIT round trip too. */
  transactions(): number;
  on(flag: boolean): void;
} {
  const recorded: Statement[] = [];
  let recording = false;
  let transactions = 0;
  const note = (target: Queryable): Queryable => ({
    query: (sql, params) => {
      if (recording) recorded.push({ sql, params: params ?? [] });
      return target.query(sql, params);
    },
  });
  const wrapped: Database = {
    engine: db.engine,
    ...note(db),
    transaction: (work) => {
      if (recording) transactions++;
      return db.transaction((tx) => work(note(tx)));
    },
    session: (work) => db.session((connection) => work(note(connection))),
    script: (sql) => db.script(sql),
    ping: () => db.ping(),
    close: () => db.close(),
  };
  return {
    db: wrapped,
    recorded,
    transactions: () => transactions,
    on: (flag) => {
      if (flag) transactions = 0;
      recording = flag;
    },
  };
}

export interface CapturedRequest {
  status: number;
  body: string;
  reads: Statement[];
  writes: number;
  /** Transactions the request began (each adds BEGIN and COMMIT to its statements). */
  transactions: number;
}

/**
 * The app in this process on a recording connection: each request answers as over HTTP and
 * hands back the statements it ran, so their time alone can be measured and their plans read.
 */
export async function captureApp(db: Database) {
  const recorder = recordingDatabase(db);
  const app = await buildApp({
    mail: readMailSettings(),
    db: recorder.db,
    cvDir: join(tmpdir(), 'seleksi-bench-cv'),
    secretBox: createSecretBox(randomBytes(32)),
    logLevel: 'warn',
    // The statements an answer costs to compute: a repeat would be answered from memory.
    cacheAnswers: false,
  });
  const cookies: Partial<Record<'hr' | 'admin', string>> = {};
  for (const as of ['hr', 'admin'] as const) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: benchAccounts[as].email, password: benchAccounts.password },
    });
    const cookie = response.cookies.find((c) => c.name === 'seleksi_session');
    if (!cookie) throw new Error(`In-process sign-in as ${as} failed: ${response.body}`);
    cookies[as] = `seleksi_session=${cookie.value}`;
  }
  return {
    async request(as: 'hr' | 'admin', url: string): Promise<CapturedRequest> {
      recorder.recorded.length = 0;
      recorder.on(true);
      const response = await app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
      recorder.on(false);
      const statements = [...recorder.recorded];
      return {
        status: response.statusCode,
        body: response.body,
        reads: statements.filter((s) => isRead(s.sql)),
        writes: statements.filter((s) => !isRead(s.sql)).length,
        transactions: recorder.transactions(),
      };
    },
    close: () => app.close(),
  };
}

/** The time of the statements alone, run one after the other on the bench's own connection. */
export async function sqlTime(
  db: Database,
  statements: Statement[],
  runs: number,
): Promise<Timing> {
  return timing(
    await serially(
      runs,
      () =>
        db.transaction(async (tx) => {
          for (const statement of statements) await tx.query(statement.sql, statement.params);
        }),
      15_000,
    ),
  );
}

export interface PlanFinding {
  /** "Seq Scan on audit_log (1,412,000 rows read)" */
  scans: string[];
  /** The statement that took longest, shortened, with its milliseconds. */
  slowest: { ms: number; sql: string } | null;
}

/**
 * EXPLAIN ANALYZE of each statement: the sequential scans that read 10,000 rows or more, and the
 * slowest statement. Sequential scans of small tables are the right plan and are not named.
 */
export async function readPlans(db: Database, statements: Statement[]): Promise<PlanFinding> {
  return db.transaction((tx) => explainAll(tx, statements));
}

async function explainAll(db: Queryable, statements: Statement[]): Promise<PlanFinding> {
  const scans = new Set<string>();
  let slowest: PlanFinding['slowest'] = null;
  for (const statement of statements) {
    if (isSetting(statement.sql)) {
      await db.query(statement.sql, statement.params);
      continue;
    }
    const [row] = await db.query<{ 'QUERY PLAN': unknown }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
      statement.params,
    );
    const raw = row?.['QUERY PLAN'];
    const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
      Plan: PlanNode;
      'Execution Time': number;
    }[];
    const plan = parsed[0]!;
    walk(plan.Plan, (node) => {
      if (node['Node Type'] !== 'Seq Scan') return;
      const loops = node['Actual Loops'] ?? 1;
      const read = ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * loops;
      if (read >= 10_000)
        scans.add(`Seq Scan on ${node['Relation Name']} (${read.toLocaleString('en')} rows read)`);
    });
    if (!slowest || plan['Execution Time'] > slowest.ms) {
      slowest = {
        ms: plan['Execution Time'],
        sql: statement.sql.replace(/\s+/g, ' ').slice(0, 160),
      };
    }
  }
  return { scans: [...scans], slowest };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}
