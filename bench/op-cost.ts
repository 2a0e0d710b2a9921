// What each operation of the API mix (bench/instances.ts) costs on its own: the reads computed
// anew (a miss: SELEKSI_ANSWER_CACHE=off) and each kind of write, one request at a time against one
// `seleksi serve` on a PostgreSQL database seeded by bench/scale.ts. Prints, per operation, the
// mean CPU ms of the server process and of the database's backends (read from /proc, so the
// database must run on this machine), and the median wall-clock ms. CPU time hardly moves with the
// machine's load, so figures compare across branches run one after the other.
// Usage: DATABASE_URL=postgres://…/<seeded database> npx tsx bench/op-cost.ts [--runs N]
// Run from another worktree (npx tsx /path/to/bench/op-cost.ts) it measures that worktree's server.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database';
import { ms, timing } from './volume/measure';
import { mixReads } from './volume/mix';
import { cpuMs, databaseCpuMs } from './volume/process-cpu';
import { get, signIn, startServer } from './volume/server';
import { signInInterviewers, write, writeKinds, writeTargets } from './volume/writes';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    port: { type: 'string', default: '3995' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to a database seeded by bench/scale.ts.');
const runs = Number(values.runs);

const setup = await openDatabase({ databaseUrl });
const reads = await mixReads(setup);
const targets = await writeTargets(setup);
await setup.close();
const admin = await openDatabase({ databaseUrl });
const server = await startServer({
  port: Number(values.port),
  databaseUrl,
  dataDir: 'data/bench-instances',
  cacheAnswers: false,
});
try {
  const session = {
    base: server.base,
    hr: await signIn(server.base, 'hr'),
    interviewers: await signInInterviewers(server.base, targets),
  };
  const measure = async (name: string, run: (index: number) => Promise<unknown>) => {
    await run(0); // warm: plans cached, pages read
    const wall: number[] = [];
    const server0 = cpuMs(server.pid);
    const database0 = await databaseCpuMs(admin);
    for (let index = 1; index <= runs; index++) {
      const begun = performance.now();
      await run(index);
      wall.push(performance.now() - begun);
    }
    const serverCpu = (cpuMs(server.pid) - server0) / runs;
    const databaseCpu = ((await databaseCpuMs(admin)) - database0) / runs;
    console.log(
      `  ${name.padEnd(18)} server ${serverCpu.toFixed(2).padStart(6)}  database ${databaseCpu
        .toFixed(2)
        .padStart(6)} ms CPU   p50 ${ms(timing(wall).p50).padStart(6)} ms`,
    );
  };
  console.log(`${runs} runs each, one at a time (load average ${loadavg()[0]!.toFixed(2)})`);
  for (const read of reads) {
    await measure(read.name, () => get(server.base, session.hr, read.url));
  }
  for (const [k, kind] of writeKinds.entries()) {
    // Run number k + 4i is write kind k on target i (one lane).
    await measure(kind, (index) => write(targets, session, 0, 1, k + writeKinds.length * index));
  }
  console.log(`(load average at the end ${loadavg()[0]!.toFixed(2)})`);
} finally {
  await server.stop();
  await admin.close();
}
