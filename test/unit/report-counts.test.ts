import { describe, expect, it } from 'vitest';
import { countKey } from '../../src/web/features/reports/report-format';
import { reportJudgementMessagesEn } from '../../src/web/i18n/messages-report-judgement-en';
import { reportsMessagesEn } from '../../src/web/i18n/messages-reports-en';

const catalogue: Record<string, string> = { ...reportsMessagesEn, ...reportJudgementMessagesEn };
const say = (key: string, count: number) =>
  catalogue[countKey(key, count)]!.replace('{count}', String(count));

describe("the reports' counts in English", () => {
  it('say "1 stay" and "1 application", the plural from 2 on (and for 0)', () => {
    expect(say('reports.speed.stays', 1)).toBe('1 stay');
    expect(say('reports.speed.stays', 2)).toBe('2 stays');
    expect(say('reports.speed.stays', 0)).toBe('0 stays');
    expect(say('reports.speed.applicationCount', 1)).toBe('1 application');
    expect(say('reports.funnel.applications', 1)).toBe('1 application');
    expect(say('reports.funnel.applications', 12)).toBe('12 applications');
    expect(say('reports.agreement.noScorecard', 1)).toMatch(/^1 user verdict without .* counts /);
  });
});
