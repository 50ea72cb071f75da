/**
 * The trend chart: a chart.js line chart on a time axis inside
 * `[data-testid="trend-chart"]`, with loading/empty/error states, spike markers and CSV/PNG
 * downloads of exactly what it shows. `data-state="drawn"` is set after chart.js has painted.
 */
import type { Chart, ChartDataset, ChartOptions, TooltipItem } from 'chart.js';
import type { Granularity } from '../api/types';
import { formatBucket, utcAsLocal } from '../common/dates';
import { h, replaceChildren } from '../common/dom';
import { downloadCanvasPng, downloadCsv, fileSafe } from '../common/download';
import { withAlpha } from '../common/palette';

type ChartModule = typeof import('./chart-setup');
let chartModule: Promise<ChartModule> | null = null;

/**
 * chart.js lives in its own chunk, fetched while the first data request is on its way, so the
 * request does not wait for chart.js to be parsed. main.ts starts loading it at boot.
 */
export function loadChartJs(): Promise<ChartModule> {
  chartModule ??= import('./chart-setup');
  return chartModule;
}

export interface SpikeMark { count: number; expected: number; score: number }

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  dash: number[];
  /** bucket start (UTC ms) and value */
  points: { t: number; y: number }[];
  /** series sharing a stack id are stacked (stacked views) */
  stack?: string;
  spikes?: Map<number, SpikeMark>;
  /** series with the same `legend` share one legend entry, named by it (each narrative's "other sources") */
  legend?: string;
}

export interface ChartView {
  series: ChartSeries[];
  granularity: Granularity;
  stacked: boolean;
  percent: boolean;
  title: string;
  /** shown under the chart, e.g. "share of voice computed in the browser" */
  note?: string;
  /** shown over an empty chart instead of "no narrative selected" */
  empty?: Node;
}

let firstDrawMarked = false;
const NARROW_PX = 560;

export class TrendChart {
  readonly el: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly overlay: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly csvButton: HTMLButtonElement;
  private readonly pngButton: HTMLButtonElement;
  private chart: Chart<'line', { x: number; y: number }[]> | null = null;
  private view: ChartView | null = null;
  private renderId = 0;

  constructor(private readonly opts: { label: string; filename: string; testid?: string; tall?: boolean }) {
    this.canvas = h('canvas', { role: 'img', 'aria-label': opts.label });
    this.overlay = h('div', { class: 'chart-overlay' });
    this.caption = h('figcaption', { class: 'chart-caption' });
    this.csvButton = h('button', { type: 'button', class: 'btn btn-small', text: 'CSV', 'aria-label': 'Download the chart data as CSV', disabled: true, onclick: () => this.downloadCsv() });
    this.pngButton = h('button', { type: 'button', class: 'btn btn-small', text: 'PNG', 'aria-label': 'Download the chart as a PNG image', disabled: true, onclick: () => this.downloadPng() });
    this.el = h(
      'figure',
      { class: `trend-chart${opts.tall ? ' trend-chart-tall' : ''}`, 'data-testid': opts.testid ?? 'trend-chart', 'data-state': 'loading', 'aria-busy': 'true' },
      h('div', { class: 'chart-toolbar' }, this.caption, h('div', { class: 'chart-downloads', role: 'group', 'aria-label': 'Downloads' }, this.csvButton, this.pngButton)),
      h('div', { class: 'chart-canvas-wrap' }, this.canvas, this.overlay),
    );
    this.setLoading();
  }

  setLoading(text = 'Loading trends…'): void {
    this.el.dataset.state = 'loading';
    this.el.setAttribute('aria-busy', 'true');
    this.overlay.hidden = false;
    replaceChildren(this.overlay, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', { role: 'status', text }));
  }

  setError(text: string, retry?: () => void): void {
    this.el.dataset.state = 'error';
    this.el.setAttribute('aria-busy', 'false');
    this.overlay.hidden = false;
    replaceChildren(this.overlay, h('span', { role: 'alert', class: 'error-text', text }), retry ? h('button', { type: 'button', class: 'btn btn-small', text: 'Retry', onclick: retry }) : null);
  }

  render(view: ChartView): void {
    const id = ++this.renderId;
    loadChartJs().then(
      (m) => id === this.renderId && this.draw(view, m.Chart, id),
      (err) => id === this.renderId && this.setError(`Could not load the charting code: ${(err as Error).message}`),
    );
  }

  private draw(view: ChartView, ChartClass: ChartModule['Chart'], id: number): void {
    this.view = view;
    performance.mark('narratrace:chart-render-start');
    const datasets = view.series.map((s) => this.dataset(s, view));
    const allZero = view.series.every((s) => s.points.every((p) => p.y === 0));
    this.caption.textContent = view.title;
    this.canvas.setAttribute('aria-label', `${this.opts.label}: ${view.title}. ${describe(view)}`);

    const options = this.options(view, ChartClass);
    if (this.chart) {
      this.chart.data.datasets = datasets;
      this.chart.options = options;
      this.chart.update('none');
    } else {
      this.chart = new ChartClass(this.canvas, {
        type: 'line',
        data: { datasets },
        options,
        plugins: [{ id: 'narratraceDrawn', afterRender: () => this.drawn() }],
      });
    }
    this.overlay.hidden = !(view.series.length === 0 || allZero);
    if (view.series.length === 0) replaceChildren(this.overlay, h('span', { role: 'status' }, view.empty ?? 'No narrative selected: tick narratives in the list to chart them.'));
    else if (allZero) replaceChildren(this.overlay, h('span', { role: 'status', text: 'No claims in this range. Try a wider date range.' }));
    this.csvButton.disabled = this.pngButton.disabled = view.series.length === 0;
    if (view.note) this.caption.append(h('span', { class: 'chart-note', text: ` · ${view.note}` }));
    // chart.js paints synchronously on create/update; mark after it in case no render hook fired.
    if (id === this.renderId) this.drawn();
  }

  private drawn(): void {
    if (!this.view) return;
    this.el.setAttribute('aria-busy', 'false');
    const empty = this.view.series.length === 0 || this.view.series.every((s) => s.points.every((p) => p.y === 0));
    const state = empty ? 'empty' : 'drawn';
    if (this.el.dataset.state !== state) this.el.dataset.state = state;
    if (!firstDrawMarked && state === 'drawn') {
      firstDrawMarked = true;
      performance.mark('narratrace:trend-chart-drawn');
    }
  }

  private dataset(s: ChartSeries, view: ChartView): ChartDataset<'line', { x: number; y: number }[]> {
    const data = s.points.map((p) => ({ x: utcAsLocal(p.t), y: p.y }));
    const spikes = s.spikes && s.spikes.size ? s.spikes : null;
    const ds: ChartDataset<'line', { x: number; y: number }[]> = {
      label: s.label,
      data,
      parsing: false,
      normalized: true,
      borderColor: s.color,
      backgroundColor: view.stacked ? withAlpha(s.color, 0.35) : s.color,
      borderDash: s.dash,
      borderWidth: view.stacked ? 1 : 2,
      tension: 0,
      spanGaps: true,
      fill: view.stacked ? 'stack' : false,
      stack: s.stack,
      pointRadius: 0,
      pointHoverRadius: 4,
      pointHitRadius: 6,
    };
    if (spikes) {
      ds.pointRadius = s.points.map((p) => (spikes.has(p.t) ? 6 : 0));
      ds.pointStyle = s.points.map((p) => (spikes.has(p.t) ? 'triangle' : 'circle'));
      ds.pointBackgroundColor = s.color;
      ds.pointBorderColor = '#111827';
      ds.pointBorderWidth = s.points.map((p) => (spikes.has(p.t) ? 1.5 : 0));
    }
    return ds;
  }

  private options(view: ChartView, ChartClass: ChartModule['Chart']): ChartOptions<'line'> {
    const unit = ({ HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month' } as const)[view.granularity];
    const series = view.series;
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      // on narrow screens the legend would crowd out the lines; the narrative list doubles as legend there
      onResize: (chart, size) => {
        const show = size.width >= NARROW_PX;
        if (chart.options.plugins?.legend && chart.options.plugins.legend.display !== show) {
          chart.options.plugins.legend.display = show;
          chart.update('none');
        }
      },
      plugins: {
        legend: {
          display: (this.el.clientWidth || NARROW_PX) >= NARROW_PX,
          position: 'bottom',
          labels: {
            boxWidth: 14,
            boxHeight: 2,
            usePointStyle: false,
            generateLabels: (chart) =>
              ChartClass.defaults.plugins.legend.labels
                .generateLabels(chart)
                .filter((item) => {
                  const s = series[item.datasetIndex ?? -1];
                  return !s?.legend || series.findIndex((x) => x.legend === s.legend) === item.datasetIndex;
                })
                .map((item) => {
                  const shared = series[item.datasetIndex ?? -1]?.legend;
                  return shared ? { ...item, text: shared } : item;
                }),
          },
          // a shared entry shows or hides all its series
          onClick: (_e, item, legend) => {
            const chart = legend.chart;
            const index = item.datasetIndex ?? -1;
            const shared = series[index]?.legend;
            const show = !chart.isDatasetVisible(index);
            series.forEach((s, i) => {
              if (i === index || (shared && s.legend === shared)) chart.setDatasetVisibility(i, show);
            });
            chart.update();
          },
        },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => {
              const i = items[0];
              if (!i) return '';
              const p = series[i.datasetIndex]?.points[i.dataIndex];
              return p ? formatBucket(p.t, view.granularity) : '';
            },
            label: (item: TooltipItem<'line'>) => {
              const s = series[item.datasetIndex];
              const p = s?.points[item.dataIndex];
              if (!s || !p) return '';
              const value = view.percent ? `${p.y.toFixed(1)}%` : String(p.y);
              const spike = s.spikes?.get(p.t);
              return `${s.label}: ${value}${spike ? ` ▲ spike (expected ${spike.expected.toFixed(1)}, score ${spike.score.toFixed(1)})` : ''}`;
            },
          },
        },
      },
      scales: {
        x: {
          type: 'time',
          // the unit is chosen per range (months for a year), at least the bucket size
          time: { minUnit: unit, isoWeekday: true, tooltipFormat: 'PP' },
          ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 },
          grid: { color: '#eef2f7' },
        },
        y: {
          stacked: view.stacked,
          beginAtZero: true,
          grace: view.percent && view.stacked ? 0 : '8%',
          max: view.percent && view.stacked ? 100 : undefined,
          ticks: { precision: 0, callback: view.percent ? (v) => `${v}%` : undefined },
          title: { display: true, text: view.percent ? 'share of voice (%)' : 'claims' },
          grid: { color: '#eef2f7' },
        },
      },
    };
  }

  /** CSV of what the chart shows: one row per bucket, one column per series. */
  private downloadCsv(): void {
    const v = this.view;
    if (!v) return;
    const buckets = [...new Set(v.series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b);
    const lookup = v.series.map((s) => new Map(s.points.map((p) => [p.t, p.y])));
    const rows: unknown[][] = [['bucket', ...v.series.map((s) => s.label)]];
    for (const b of buckets) rows.push([new Date(b).toISOString(), ...lookup.map((m) => (m.has(b) ? round(m.get(b)!) : ''))]);
    downloadCsv(rows, `${fileSafe(this.opts.filename)}-${fileSafe(v.title)}.csv`);
  }

  private downloadPng(): void {
    if (!this.view) return;
    downloadCanvasPng(this.canvas, `${fileSafe(this.opts.filename)}-${fileSafe(this.view.title)}.png`);
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = null;
  }
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function describe(view: ChartView): string {
  if (!view.series.length) return 'No series.';
  const totals = view.series
    .map((s) => ({ label: s.label, total: s.points.reduce((a, p) => a + p.y, 0), spikes: s.spikes?.size ?? 0 }))
    .sort((a, b) => b.total - a.total)
    .slice(0, 5)
    .map((s) => `${s.label} ${view.percent ? '' : Math.round(s.total)}${s.spikes ? ` (${s.spikes} spikes)` : ''}`.trim());
  return `${view.series.length} series; largest: ${totals.join(', ')}.`;
}
