import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

export interface BarsChartProps {
  /** Read by screen readers; the figures themselves are in the table beside the chart. */
  label: string;
  rows: readonly ({ label: string } & Record<string, number | string | null>)[];
  series: readonly ChartSeries[];
  /** Bars across (a funnel) or up (months). */
  layout?: 'horizontal' | 'vertical';
}

/**
 * The reports' one chart: bars per row and series (recharts, SVG). Loaded with React.lazy, so
 * only a reader who sees a chart downloads the library; on a phone the table stands alone.
 */
export default function BarsChart({ label, rows, series, layout = 'horizontal' }: BarsChartProps) {
  const across = layout === 'vertical';
  const height = across ? Math.max(160, rows.length * (series.length * 14 + 14) + 60) : 260;
  return (
    <figure className="report-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={[...rows]} layout={layout} margin={{ left: 8, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9e0de" />
          {across ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={170} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" interval={0} />
              <YAxis allowDecimals={false} />
            </>
          )}
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((item) => (
            <Bar key={item.key} dataKey={item.key} name={item.name} fill={item.color} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
