import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerLabels } from '../../src/domain/coach/answer-analysis';
import {
  type Verdicts,
  countsOf,
  readLabelledFile,
  scoreRecords,
  shippedVerdicts,
} from '../../scripts/coach-file-score';

const tiny = fileURLToPath(new URL('./fixtures/coach-tiny.jsonl', import.meta.url));
const none = (): Verdicts => Object.fromEntries(answerLabels.map((l) => [l, false])) as Verdicts;

describe('scoring the shipped coach on a labelled file', () => {
  it('precision, recall and F1 from the counts', () => {
    const c = countsOf('action', 3, 1, 2);
    expect(c.precision).toBeCloseTo(0.75);
    expect(c.recall).toBeCloseTo(0.6);
    expect(c.f1).toBeCloseTo(6 / 9); // 2·3 / (2·3 + 1 + 2)
    expect(c.positives).toBe(5);
    // Nothing to find and nothing found is perfect; positives never found score 0.
    expect(countsOf('task', 0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(countsOf('task', 0, 0, 2)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(countsOf('task', 0, 2, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts per label and language on a tiny hand-made file', () => {
    const records = readLabelledFile(tiny);
    expect(records.map((r) => r.id)).toEqual(['t1', 't2', 't3', 't4']);
    // A made-up coach: says "action" and "defensive" on every answer, nothing else.
    const report = scoreRecords(records, () => ({ ...none(), action: true, defensive: true }));
    const en = report.byLanguage.en;
    const id = report.byLanguage.id;
    const row = (s: typeof en, l: string) => s?.rows.find((r) => r.label === l);
    // en: t1 has action (tp), t2 has none (fp); defensive: t2 tp, t1 fp.
    expect(row(en, 'action')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(row(en, 'defensive')).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    // en: situation labelled on t1 and never said: f1 0; theoretical absent and unsaid: 1.
    expect(row(en, 'situation')).toMatchObject({ tp: 0, fn: 1, f1: 0 });
    expect(row(en, 'theoretical')?.f1).toBe(1);
    // en macro: action 2/3, defensive 2/3, situation/task/result/quantified 0, four others 1.
    expect(en?.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 4) / 10);
    // id: action and defensive are false positives twice; theoretical and genericClaim missed.
    expect(row(id, 'action')).toMatchObject({ tp: 0, fp: 2, f1: 0 });
    expect(row(id, 'genericClaim')).toMatchObject({ fn: 1, recall: 0 });
    expect(id?.macroF1).toBeCloseTo(6 / 10);
    expect(report.both.answers).toBe(4);
    expect(report.both.rows.find((r) => r.label === 'action')).toMatchObject({ tp: 1, fp: 3 });
  });

  it('a line missing a label is refused, naming the line and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coach-file-'));
    const path = join(dir, 'bad.jsonl');
    const good = readFileSync(tiny, 'utf8').split('\n')[0] ?? '';
    const bad = JSON.parse(good) as { labels: Record<string, boolean> };
    delete bad.labels.result;
    writeFileSync(path, `${good}\n\n${JSON.stringify(bad)}\n`);
    expect(() => readLabelledFile(path)).toThrow(`${path}:3: labels.result`);
  });

  it('the shipped coach runs on the file without any fitting', () => {
    const records = readLabelledFile(tiny);
    const report = scoreRecords(records, shippedVerdicts);
    expect(report.both.rows).toHaveLength(answerLabels.length);
    expect(shippedVerdicts(records[3] as (typeof records)[number]).genericClaim).toBe(true);
  });
});
