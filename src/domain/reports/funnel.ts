import { activeStages, type RejectionReason } from '../pipeline';
import type { Cell, Sheet } from '../spreadsheet/cell';
import type { ReportLabels, ReportWord } from './report-labels';
import { isEnoughSample, passThroughRate } from './statistics';

/** The funnel's steps: the active stages in order, then hired. */
export const funnelStages = [...activeStages, 'hired'] as const;
export type FunnelStage = (typeof funnelStages)[number];

/** How many applications of a group entered a stage, and how many of them reached a later one. */
export interface StageCount {
  group: string;
  stage: FunnelStage;
  entered: number;
  advanced: number;
}

/** Applications that ended rejected (by reason) or withdrawn, by the stage they left. */
export interface DropCount {
  group: string;
  stage: FunnelStage;
  outcome: 'rejected' | 'withdrawn';
  reason: RejectionReason | null;
  count: number;
}

export interface FunnelStep {
  stage: FunnelStage;
  entered: number;
  advanced: number;
  /** advanced / entered; null when fewer entered than the minimum sample, or for hired. */
  passThrough: number | null;
}

export interface FunnelGroup {
  key: string;
  label: string;
  applications: number;
  steps: FunnelStep[];
  drops: Omit<DropCount, 'group'>[];
}

/** One group's funnel from its counts: every step listed (zero when nobody entered). */
export function funnelGroup(
  group: { key: string; label: string },
  counts: readonly StageCount[],
  drops: readonly DropCount[],
): FunnelGroup {
  const own = counts.filter((count) => count.group === group.key);
  const steps = funnelStages.map((stage): FunnelStep => {
    const count = own.find((row) => row.stage === stage);
    const entered = count?.entered ?? 0;
    const advanced = count?.advanced ?? 0;
    const rate = stage === 'hired' ? null : passThroughRate(entered, advanced);
    return { stage, entered, advanced, passThrough: isEnoughSample(entered) ? rate : null };
  });
  return {
    ...group,
    applications: steps[0]!.entered,
    steps,
    drops: drops
      .filter((drop) => drop.group === group.key)
      .map(({ group: _group, ...drop }) => drop)
      .sort((a, b) => b.count - a.count),
  };
}

export interface FunnelReport {
  /** The whole selection first ("all"), then one group per job, department or source if asked. */
  groups: FunnelGroup[];
}

/** The funnel as two sheets: the steps, and the drops by stage and reason; each row names its group. */
export function funnelSheets(report: FunnelReport, labels: ReportLabels): Sheet[] {
  const groupName = (group: FunnelGroup) =>
    group.key === 'all' ? labels.word('overall') : labels.source(group.label);
  const sheet = <T>(
    name: ReportWord,
    columns: ReportWord[],
    lines: (group: FunnelGroup) => readonly T[],
    cells: (line: T) => Cell[],
  ): Sheet => ({
    name: labels.word(name),
    columns: (['group', ...columns] satisfies ReportWord[]).map(labels.word),
    rows: report.groups.flatMap((group) =>
      lines(group).map((line) => [groupName(group), ...cells(line)]),
    ),
  });
  return [
    sheet(
      'funnel',
      ['stage', 'entered', 'advanced', 'passThrough'],
      (group) => group.steps,
      (step) => [
        labels.stage(step.stage),
        step.entered,
        step.stage === 'hired' ? null : step.advanced,
        step.stage === 'hired' ? null : labels.percent(step.passThrough),
      ],
    ),
    sheet(
      'drops',
      ['stage', 'outcome', 'reason', 'count'],
      (group) => group.drops,
      (drop) => [
        labels.stage(drop.stage),
        labels.stage(drop.outcome),
        labels.reason(drop.reason),
        drop.count,
      ],
    ),
  ];
}
