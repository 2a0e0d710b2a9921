import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../src/db/database';
import { insertUser } from '../../src/db/queries/users';
import type { Role } from '../../src/domain/roles';
import { buildApp } from '../../src/server/app';
import { hashPassword } from '../../src/services/auth-service';
import { openTestDatabase } from './test-database';

export const testPassword = 'correct horse battery staple';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  cookie: string;
}

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  /** One signed-in user per role, plus a second hiring manager who is on no job's team. */
  users: Record<'admin' | 'recruiter' | 'hiringManager' | 'interviewer' | 'otherManager', TestUser>;
  /** Calls the API as a user (or anonymously with `null`) and returns status and JSON body. */
  call(
    as: TestUser | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
  ): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  close(): Promise<void>;
}

/** `log` captures the app's real log output at the given level (silent otherwise). */
export async function createTestApp(
  log: { level: string; stream: NodeJS.WritableStream } | undefined = undefined,
): Promise<TestApp> {
  const db = await openTestDatabase();
  const app = await buildApp({
    db,
    logLevel: log?.level ?? 'silent',
    logStream: log?.stream,
  });
  const passwordHash = await hashPassword(testPassword);
  const make = async (key: string, role: Role, name: string): Promise<TestUser> => {
    const email = `${key.toLowerCase()}@test.seleksi.id`;
    const row = await insertUser(db, {
      email,
      name,
      role,
      title: null,
      locale: 'id',
      passwordHash,
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: testPassword },
    });
    const cookie = response.cookies.find((c) => c.name === 'seleksi_session');
    if (!cookie) throw new Error(`login failed for ${email}: ${response.body}`);
    return { id: row.id, email, role, cookie: `seleksi_session=${cookie.value}` };
  };
  const users = {
    admin: await make('admin', 'admin', 'Ani Admin'),
    recruiter: await make('recruiter', 'recruiter', 'Rina Recruiter'),
    hiringManager: await make('hiringManager', 'hiring_manager', 'Budi Manager'),
    interviewer: await make('interviewer', 'interviewer', 'Indra Interviewer'),
    otherManager: await make('otherManager', 'hiring_manager', 'Oki Other'),
  };
  return {
    app,
    db,
    users,
    async call(as, method, url, payload) {
      const response = await app.inject({
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
        headers: as ? { cookie: as.cookie } : {},
      });
      return { status: response.statusCode, body: response.body ? response.json() : undefined };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
