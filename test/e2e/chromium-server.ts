import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's Chromium listens for Playwright (browser.ts connects to it). */
    chromiumEndpoint: string;
  }
}

/** How the browser tests run Debian's Chromium. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A fake microphone, so the practice page's recorder runs for real without hardware.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/**
 * Vitest global setup: one Chromium for the whole browser run. Starting and stopping one per test
 * file cost each file one to two seconds on a loaded two-core machine; a file still gets browser
 * contexts of its own (no cookies or storage shared), closed with its session.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
