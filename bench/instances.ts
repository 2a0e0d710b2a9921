// Several instances on one database (issue 19): requests/s and p50/p99 per operation of an API mix
// over parallel connections against one `seleksi serve`, then against two on the same PostgreSQL
// with the connections split between them, and the health check's p99 while the mix runs. Prints
// the load average with each figure (on a shared machine it moves them).
// Usage: DATABASE_URL=postgres://…/<a database seeded by bench/scale.ts> npx tsx bench/instances.ts
//        [--seconds S] [--connections N] [--writes PERCENT]
//        npx tsx bench/instances.ts --data-dir data/bench-volume   the embedded PGlite that
//        bench/scale.ts seeded there (one instance: the data directory takes one process;
//        SELEKSI_PGLITE_THREAD=worker in the environment runs it off the server's main thread)
// The reads repeat eight URLs (what HR's screens call most, bench/volume/mix.ts), so servers
// answer them from their answer caches until a write changes what an answer read. --writes
// (default 20) makes that share of the requests writes spread over jobs and candidates
// (bench/volume/writes.ts: notes, candidate edits, board moves, scorecard drafts); --writes 0 is
// the reads-only mix. SELEKSI_ANSWER_CACHE=off in the environment measures every answer computed.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database';
import { ms, timing } from './volume/measure';
import { mixReads } from './volume/mix';
import { get, getKept, signIn, startServer } from './volume/server';
import { cpuMs, databaseCpuMs } from './volume/process-cpu';
import { signInInterviewers, write, writeTargets } from './volume/writes';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '64' },
    writes: { type: 'string', default: '20' },
    port: { type: 'string', default: '3981' },
    'data-dir': { type: 'string', default: 'data/bench-volume' },
  },
});
const databaseUrl = process.env.DATABASE_URL || undefined;
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const writeShare = Number(values.writes) / 100;
const port = Number(values.port);
// The servers' own data directory (CV files); on PGlite, the seeded database's.
const dataDir = databaseUrl ? 'data/bench-instances' : resolve(values['data-dir']);

const setup = await openDatabase({ databaseUrl, dataDir: join(dataDir, 'pglite') });
const reads = await mixReads(setup);
const targets = await writeTargets(setup);
await setup.close();
// The database's own CPU per request, when PostgreSQL runs on this machine.
const admin = databaseUrl ? await openDatabase({ databaseUrl }) : undefined;

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

// Sessions made once (sign-ins are rate-limited) and good on every instance (one database).
let cookies: { hr: string; interviewers: Map<string, string> } | undefined;

async function drive(servers: { base: string; pid: number }[]) {
  cookies ??= {
    hr: await signIn(servers[0]!.base, 'hr'),
    interviewers: await signInInterviewers(servers[0]!.base, targets),
  };
  const bases = servers.map((server) => server.base);
  const sessions = bases.map((base) => ({ base, ...cookies! }));
  const cpuBefore = servers.reduce((sum, server) => sum + cpuMs(server.pid), 0);
  const databaseBefore = databaseUrl ? await databaseCpuMs(admin!) : 0;
  // Warm: each read once on each server, as a screen already opened.
  for (const session of sessions) {
    for (const read of reads) await get(session.base, session.hr, read.url);
  }
  const latencies = new Map<string, number[]>();
  const record = (name: string, value: number) => {
    const samples = latencies.get(name) ?? [];
    samples.push(value);
    latencies.set(name, samples);
  };
  const errors = new Map<string, number>();
  const hits = new Map<string, number>();
  let firstError: string | undefined;
  let next = 0;
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const health: number[] = [];
  const healthCheck = (async () => {
    while (performance.now() < end) {
      const begun = performance.now();
      await fetch(`${bases[0]}/api/health`).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      );
      health.push(performance.now() - begun);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.all(
    Array.from({ length: connections }, async (_, lane) => {
      const session = sessions[lane % sessions.length]!;
      let own = 0;
      while (performance.now() < end) {
        const run = next++;
        own++;
        // Every 1/share-th request of the mix is a write (20 %: one in five).
        const writes = Math.floor((run + 1) * writeShare) > Math.floor(run * writeShare);
        const begun = performance.now();
        let name = '';
        try {
          if (writes) {
            name = await write(
              targets,
              session,
              lane,
              connections,
              own,
              AbortSignal.timeout(60_000),
            );
          } else {
            const read = reads[run % reads.length]!;
            name = read.name;
            const kept = await getKept(
              session.base,
              session.hr,
              read.url,
              AbortSignal.timeout(60_000),
            );
            if (kept) hits.set(name, (hits.get(name) ?? 0) + 1);
          }
        } catch (error) {
          name ||= 'write';
          errors.set(name, (errors.get(name) ?? 0) + 1);
          firstError ??= String(error).slice(0, 300);
        }
        record(name, performance.now() - begun);
        done++;
      }
    }),
  );
  await healthCheck;
  const elapsed = (performance.now() - started) / 1000;
  const cpu = (servers.reduce((sum, server) => sum + cpuMs(server.pid), 0) - cpuBefore) / done;
  const databaseCpu = databaseUrl ? ((await databaseCpuMs(admin!)) - databaseBefore) / done : 0;
  const all = timing([...latencies.values()].flat());
  const lines = [
    `${(done / elapsed).toFixed(1)} req/s, p50 ${ms(all.p50)} p99 ${ms(all.p99)} ms, ` +
      `health p99 ${ms(timing(health).p99)} ms, ${[...errors.values()].reduce((a, b) => a + b, 0)} errors (load average ${load()})`,
    `    CPU per request: servers ${cpu.toFixed(2)} ms` +
      (databaseUrl ? `, database ${databaseCpu.toFixed(2)} ms` : ' (database in the server)'),
  ];
  for (const [name, samples] of [...latencies].sort()) {
    const { p50, p99, count } = timing(samples);
    const failed = errors.get(name) ? `, ${errors.get(name)} errors` : '';
    const kept =
      latencies.has(name) && reads.some((read) => read.name === name)
        ? `  kept ${Math.round((100 * (hits.get(name) ?? 0)) / count)} %`
        : '';
    lines.push(
      `    ${name.padEnd(20)} ${String(count).padStart(6)}  p50 ${ms(p50).padStart(6)}  p99 ${ms(p99).padStart(6)} ms${kept}${failed}`,
    );
  }
  if (firstError) lines.push(`    first error: ${firstError}`);
  return lines.join('\n');
}

const mix = `${connections} connections, ${Math.round(writeShare * 100)} % writes`;
const first = await startServer({ port, databaseUrl, dataDir });
try {
  console.log(`one instance,  ${mix}: ${await drive([first])}`);
  if (databaseUrl) {
    const second = await startServer({ port: port + 1, databaseUrl, dataDir });
    try {
      console.log(`two instances, ${mix}: ${await drive([first, second])}`);
      console.log(`one instance again: ${await drive([first])}`);
    } finally {
      await second.stop();
    }
  }
} finally {
  await first.stop();
  await admin?.close();
}
