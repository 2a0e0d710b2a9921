import { lazy, Suspense } from 'react';
import type { BarsChartProps } from './report-chart';
import { ReportTable, type ReportTableProps } from './report-table';
import { useNarrowScreen } from './use-narrow-screen';

const BarsChart = lazy(() => import('./report-chart'));

/**
 * A chart with its numbers: the table is always there (under the chart, or alone on a phone), so
 * every figure can be read, copied and reached by a screen reader.
 */
export function ReportFigure({ chart, table }: { chart: BarsChartProps; table: ReportTableProps }) {
  const narrow = useNarrowScreen();
  return (
    <div className="report-figure">
      {!narrow && chart.rows.length > 0 && (
        <Suspense fallback={<div className="report-chart report-chart--loading" />}>
          <BarsChart {...chart} />
        </Suspense>
      )}
      <ReportTable {...table} />
    </div>
  );
}

/** Colours for series: the brand's teal, then an amber and a slate that read apart in print. */
export const seriesColors = ['#0f5e59', '#c77c02', '#5b6774', '#b3261e'] as const;
