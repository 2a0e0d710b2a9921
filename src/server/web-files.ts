import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** A year: Vite names the files under assets/ by their content hash, so a new build is a new URL. */
const immutable = 'public, max-age=31536000, immutable';

/**
 * The built web app (dist/web). The build stores each text file also gzip- and brotli-compressed
 * (scripts/precompress-web.js), and the browser gets the smallest one it accepts. Hashed assets
 * are cached for good; everything else, index.html first, is revalidated on every visit so a new
 * release reaches browsers at once.
 */
export async function registerWebFiles(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, path) => {
      response.setHeader('vary', 'accept-encoding');
      response.setHeader('cache-control', isHashedAsset(path) ? immutable : 'no-cache');
    },
  });
}

function isHashedAsset(path: string): boolean {
  return /[/\\]assets[/\\][^/\\]+-[\w-]{8}\.\w+(\.(br|gz))?$/.test(path);
}
