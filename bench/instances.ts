// Several instances on one PostgreSQL (issue 19): requests/s and p99 of a read mix over parallel
// connections against one `seleksi serve`, then against two on the same database with the
// connections split between them. Reads only: the volume is left as it is. Prints the load average
// with each figure (on a shared machine it moves them).
// Usage: DATABASE_URL=postgres://…/<a database seeded by bench/scale.ts> npx tsx bench/instances.ts
//        [--seconds S] [--connections N]
// The mix repeats eight URLs without writing, so after the first round the servers answer from
// their answer caches; SELEKSI_ANSWER_CACHE=off in the environment measures every answer computed.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ms, timing } from './volume/measure';
import { mixUrls } from './volume/mix';
import { get, signIn, startServer } from './volume/server';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '64' },
    port: { type: 'string', default: '3981' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to a database seeded by bench/scale.ts.');
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const port = Number(values.port);

const reads = await mixUrls(databaseUrl);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function drive(bases: string[]) {
  const cookies = await Promise.all(bases.map((base) => signIn(base, 'hr')));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, lane) => {
      const at = lane % bases.length;
      while (performance.now() < end) {
        const run = next++;
        const begun = performance.now();
        try {
          await get(
            bases[at]!,
            cookies[at]!,
            reads[run % reads.length]!,
            AbortSignal.timeout(60_000),
          );
        } catch {
          errors++;
        }
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const { p50, p99 } = timing(latencies);
  return `${(latencies.length / elapsed).toFixed(1)} req/s, p50 ${ms(p50)} p99 ${ms(p99)} ms, ${errors} errors`;
}

const first = await startServer({ port, databaseUrl, dataDir: 'data/bench-instances' });
try {
  console.log(
    `one instance,  ${connections} connections: ${await drive([first.base])} (load average ${load()})`,
  );
  const second = await startServer({
    port: port + 1,
    databaseUrl,
    dataDir: 'data/bench-instances',
  });
  try {
    console.log(
      `two instances, ${connections} connections: ${await drive([first.base, second.base])} (load average ${load()})`,
    );
    console.log(
      `one instance again:            ${await drive([first.base])} (load average ${load()})`,
    );
  } finally {
    await second.stop();
  }
} finally {
  await first.stop();
}
