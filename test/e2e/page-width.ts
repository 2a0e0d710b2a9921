import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Nothing on the page scrolls sideways: its content is no wider than the window (a 375 px phone
 * included). A table or a board may scroll inside its own box; the page itself may not.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'pixels the page is wider than its window').toBeLessThanOrEqual(0);
}
