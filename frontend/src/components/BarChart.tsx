import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: readonly number[];
}

interface BarChartProps {
  /** What the chart shows: its accessible name. The figures are in the table that goes with it. */
  label: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  stacked?: boolean;
  horizontal?: boolean;
}

// Colours with at least 3:1 contrast against white, told apart by the legend as well.
const colours = ['#00689e', '#c24f00', '#2f7d32', '#6b4fa3', '#8a1c44'];

/**
 * A bar chart (Chart.js on a canvas). It is an image to assistive technology, named by `label`;
 * every chart on a page sits next to a table or text with the same figures.
 */
export function BarChart({ label, categories, series, stacked = false, horizontal = false }: BarChartProps) {
  const { t, i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current || typeof window === 'undefined' || !canvas.current.getContext('2d')) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: [...categories],
        datasets: series.map((s, index) => ({
          label: s.label,
          data: [...s.values],
          backgroundColor: colours[index % colours.length],
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: i18n.language,
        scales: {
          x: { stacked, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [categories, series, stacked, horizontal, i18n.language]);

  const height = horizontal ? Math.max(160, 28 * categories.length + 60) : 260;
  return (
    <div className="app-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={t('dashboard.chartLabel', { label })}>
        {t('dashboard.chartFallback')}
      </canvas>
    </div>
  );
}
