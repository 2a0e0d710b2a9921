import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { jakartaTime } from '../support/jakarta-time';
import type { BrowserSession } from './browser';

/**
 * HR (signed in on `hr`) books the HR interview of an application through the API, with only
 * HR on the panel, `daysAhead` days from now at `hour` in Jakarta.
 */
export async function bookHrOnlyInterview(
  session: BrowserSession,
  hr: Page,
  applicationId: string,
  at: { daysAhead: number; hour: number; meetingUrl: string },
): Promise<void> {
  const [hrUser] = await session.db.query<{ id: string }>(
    `SELECT id FROM users WHERE email = 'hr@demo.seleksi.id'`,
  );
  const booked = await hr.request.post(
    `${session.baseUrl}/api/applications/${applicationId}/interviews`,
    {
      data: {
        stage: 'hr',
        localStart: jakartaTime(at.daysAhead, at.hour),
        timeZone: 'Asia/Jakarta',
        durationMinutes: 45,
        mode: 'online',
        meetingUrl: at.meetingUrl,
        interviewerIds: [hrUser!.id],
        locale: 'en',
      },
    },
  );
  expect(booked.status(), await booked.text()).toBe(201);
}
