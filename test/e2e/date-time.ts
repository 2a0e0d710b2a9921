import type { Locator, Page } from 'playwright-core';

/**
 * Fills a DateTimeField (its legend is `label`) with a wall-clock time given as the API takes it
 * (`2026-12-03T10:00`), typed as a user does: the date day first, the time on the 24-hour clock.
 */
export async function fillDateTime(within: Page | Locator, label: string, localStart: string) {
  const [day, time] = localStart.split('T') as [string, string];
  const [year, month, date] = day.split('-');
  const field = within.getByRole('group', { name: label, exact: true });
  await field.locator('input').nth(0).fill(`${date}/${month}/${year}`);
  await field.locator('input').nth(1).fill(time);
}
