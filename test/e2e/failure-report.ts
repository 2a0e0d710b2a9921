import { mkdirSync } from 'node:fs';
import { beforeEach } from 'vitest';
import { openPages, pageTraces } from './browser';

const failureDir = 'test-results/failures';

/**
 * When a browser test fails, say what each open page was showing: its address and the first
 * lines of its text, in the log, plus a screenshot under test-results/failures. A step that
 * times out on a busy CI machine otherwise only says which element never appeared, not why
 * (an error notice, a page still loading, another page).
 */
beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    mkdirSync(failureDir, { recursive: true });
    let index = 0;
    for (const page of openPages) {
      index += 1;
      const shown = await page
        .evaluate(() => document.body.innerText.replace(/\s+\n/g, '\n').slice(0, 800))
        .catch((error: unknown) => `(page text unavailable: ${String(error)})`);
      const file = `${failureDir}/${task.name.slice(0, 60).replace(/\W+/g, '-')}-${index}.png`;
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      const trace = pageTraces.get(page);
      const network = trace
        ? [
            `waiting: ${[...trace.pending].join(', ') || 'none'}`,
            `failed: ${trace.failed.join(', ') || 'none'}`,
            `script errors: ${trace.errors.join(' | ') || 'none'}`,
          ].join('\n')
        : '';
      console.error(
        `[failed: ${task.name}] page ${index} at ${page.url()}\n${shown}\n${network}\n(${file})`,
      );
    }
  });
});
