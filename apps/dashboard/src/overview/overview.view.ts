/**
 * The default view: narrative trends, the ranked narrative list and the review desk together,
 * so an analyst sees what spreads and can tag what comes in without leaving the page.
 */
import { capabilities } from '../api/capabilities';
import { fetchNormalizedTrends, fetchSpikes, fetchTrends } from '../api/narratrace-api';
import { errorMessage, isAbort } from '../api/graphql-client';
import type { Granularity, Narrative, TrendSeries } from '../api/types';
import { href, patchParams } from '../app/router';
import { DEFAULT_RANGE_DAYS, getDefaultRange, getNarratives, getSources, onNarrativesChange } from '../app/store';
import type { View } from '../app/view';
import { detectSpikes, remainderSeries, shareOfVoice, spikesByNarrative, toPoints } from '../charts/series-math';
import { TrendChart, type ChartSeries, type SpikeMark } from '../charts/trend-chart';
import { readTrendSettings, statusesFor, TrendControls, trendSettingsParams, type TrendSettings } from '../charts/trend-controls';
import { apiRange, coarsenedNote, DAY_MS, formatBucket, formatDay, previousRange, rangeDays, sensibleGranularity, startOfUtcDay, toDateInput, type DayRange } from '../common/dates';
import { h, replaceChildren } from '../common/dom';
import { NarrativeColours, OTHER_COLOUR, OTHER_KEY, OTHER_SOURCES, seriesStyle } from '../common/palette';
import { ReviewDesk } from '../review/review-desk';
import { NarrativeRanking, type RankedNarrative } from './narrative-ranking';

const DEFAULT_SELECTION = 10;
/** Stacked by source, about this many sources in all (plus one legend entry for the rest): more and the legend is cut off. */
const SOURCE_LEGEND_BUDGET = 12;
const MAX_SOURCES_PER_NARRATIVE = 8;

/** The loudest sources asked for per narrative. */
export const sourceGroupLimit = (narratives: number): number =>
  Math.max(1, Math.min(MAX_SOURCES_PER_NARRATIVE, Math.floor(SOURCE_LEGEND_BUDGET / Math.max(1, narratives))));

interface TrendData {
  range: DayRange;
  granularity: Granularity;
  current: TrendSeries[];
  /** null until the previous period has loaded */
  previousTotals: Map<string, number> | null;
}

/** The last 90 days, today included. */
function recentRange(): DayRange {
  const today = startOfUtcDay(Date.now());
  return { fromDay: today - (DEFAULT_RANGE_DAYS - 1) * DAY_MS, toDay: today };
}

export class OverviewView implements View {
  readonly el: HTMLElement;
  private readonly chart = new TrendChart({ label: 'Narrative trends', filename: 'narratrace-trends' });
  private readonly controls: TrendControls;
  private readonly ranking: NarrativeRanking;
  private readonly desk: ReviewDesk;
  private readonly spikeList = h('div', { class: 'spike-list' });
  private readonly period = h('p', { class: 'muted period' });
  private settings: TrendSettings;
  private selection: string[] | null;
  private narratives: Narrative[] = [];
  private colours = new NarrativeColours([]);
  private data: TrendData | null = null;
  private abort: AbortController | null = null;
  private chartRun = 0;
  /** the desk's refreshes (a new filter) may find new narratives too */
  private readonly unsubscribe = onNarrativesChange((list) => this.showNarratives(list));

  constructor(params: URLSearchParams) {
    this.settings = readTrendSettings(params);
    this.selection = readSelection(params);
    this.controls = new TrendControls(this.settings, (s) => {
      this.settings = s;
      patchParams(trendSettingsParams(s));
      void this.load();
    });
    this.ranking = new NarrativeRanking((ids) => {
      this.selection = ids;
      patchParams({ n: ids.join(',') || 'none' });
      void this.renderChart();
    });
    this.desk = new ReviewDesk(params, { deferLoad: true });
    this.el = h(
      'div',
      { class: 'overview' },
      h(
        'div',
        { class: 'overview-grid' },
        h(
          'section',
          { class: 'panel chart-panel', 'aria-labelledby': 'nt-trends-title' },
          h('div', { class: 'panel-head' }, h('h1', { id: 'nt-trends-title', text: 'Narrative trends' }), this.period),
          this.controls.el,
          this.chart.el,
          this.spikeList,
        ),
        h('aside', { class: 'panel ranking-panel', 'aria-labelledby': 'nt-ranking-title' }, h('div', { class: 'panel-head' }, h('h2', { id: 'nt-ranking-title', text: 'Narratives' }), h('a', { class: 'btn btn-small', href: href('editor/new'), text: '+ New' })), this.ranking.el),
      ),
      this.desk.el,
    );
    void this.load();
  }

  update(params: URLSearchParams): void {
    const next = readTrendSettings(params);
    const selection = readSelection(params);
    this.desk.update(params);
    const changed = JSON.stringify(next) !== JSON.stringify(this.settings);
    const selectionChanged = JSON.stringify(selection) !== JSON.stringify(this.selection);
    this.settings = next;
    this.selection = selection;
    if (changed) void this.load();
    else if (selectionChanged) {
      this.ranking.setSelection(this.selectedIds());
      void this.renderChart();
    }
  }

  destroy(): void {
    this.unsubscribe();
    this.abort?.abort();
    this.desk.destroy();
    this.chart.destroy();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const signal = abort.signal;
    this.chart.setLoading();
    try {
      const explicit = this.settings.range;
      let range = explicit ?? recentRange();
      const status = statusesFor(this.settings);
      let granularity = sensibleGranularity(range, this.settings.granularity);
      // The chart's request goes first: a PGlite server answers one request at a time.
      performance.mark('narratrace:trends-requested');
      const currentP = fetchTrends({ ...apiRange(range), granularity, status }, signal);
      // asked afresh on every load: narratives created through the API since show up (one request, shared with the desk)
      const narrativesP = getNarratives(true);
      narrativesP.then((list) => !signal.aborted && this.showNarratives(list)).catch((err) => !signal.aborted && this.ranking.setError(errorMessage(err)));
      // the desk's source filter follows through the store (its error, if any, is the desk's to tell)
      getSources(true).catch(() => undefined);
      this.desk.start();
      let current = await currentP;
      performance.mark('narratrace:trends-received');
      if (!current.length) {
        // a server that reads "no narrativeIds" as "none" rather than "all": ask by id
        const narrativeIds = (await narrativesP).map((n) => n.id);
        if (narrativeIds.length) current = await fetchTrends({ narrativeIds, ...apiRange(range), granularity, status }, signal);
      }
      if (!explicit && current.every((c) => c.total === 0)) {
        // nothing in the last days: open on the latest 90 days that have data
        range = await getDefaultRange();
        granularity = sensibleGranularity(range, this.settings.granularity);
        current = await fetchTrends({ narrativeIds: current.length ? current.map((c) => c.narrative.id) : null, ...apiRange(range), granularity, status }, signal);
      }
      if (signal.aborted) return;
      this.controls.set(this.settings, range);
      this.data = { range, granularity, current, previousTotals: null };
      if (!this.narratives.length) this.colours = new NarrativeColours(current.map((c) => c.narrative.id));
      this.period.textContent = `${formatDay(range.fromDay)} – ${formatDay(range.toDay)} (${rangeDays(range)} days, UTC), change vs the ${rangeDays(range)} days before`;
      this.ranking.render(this.ranked(), this.selectedIds());
      await this.renderChart();

      // totals of the period before, for the ranking's change column; the bucket size does not change a total
      const prev = previousRange(range);
      const previous = await fetchTrends({ narrativeIds: current.map((c) => c.narrative.id), ...apiRange(prev), granularity: rangeDays(prev) >= 28 ? 'MONTH' : 'DAY', status }, signal);
      if (signal.aborted || this.data.current !== current) return;
      this.data.previousTotals = new Map(previous.map((s) => [s.narrative.id, s.total]));
      this.ranking.render(this.ranked(), this.selectedIds());
    } catch (err) {
      if (isAbort(err)) return;
      this.chart.setError(`Could not load trends: ${errorMessage(err)}`, () => void this.load());
      this.ranking.setError(errorMessage(err));
    }
  }

  private showNarratives(list: Narrative[]): void {
    if (this.narratives === list) return;
    this.narratives = list;
    this.colours = new NarrativeColours([...new Set([...list.map((n) => n.id), ...(this.data?.current ?? []).map((c) => c.narrative.id)])]);
    this.ranking.setColours(this.colours);
    this.ranking.render(this.ranked(), this.selectedIds());
  }

  private ranked(): RankedNarrative[] {
    const totals = new Map((this.data?.current ?? []).map((s) => [s.narrative.id, s.total]));
    const prev = this.data?.previousTotals ?? null;
    const base: Narrative[] = this.narratives.length ? this.narratives : (this.data?.current ?? []).map((c) => ({ id: c.narrative.id, name: c.narrative.name, slug: c.narrative.slug ?? '' }));
    return base
      .map((n) => ({
        narrative: n,
        total: this.data ? totals.get(n.id) ?? 0 : null,
        previous: prev ? prev.get(n.id) ?? 0 : null,
      }))
      .sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.narrative.name.localeCompare(b.narrative.name));
  }

  /** The narratives on the chart: from the URL, or the busiest ones. */
  private selectedIds(): string[] {
    const known = new Set([...this.narratives.map((n) => n.id), ...(this.data?.current ?? []).map((c) => c.narrative.id)]);
    if (this.selection) return this.selection.filter((id) => known.has(id) || !known.size);
    const ranked = this.ranked();
    const busy = ranked.filter((r) => (r.total ?? 0) > 0);
    return (busy.length ? busy : ranked).slice(0, DEFAULT_SELECTION).map((r) => r.narrative.id);
  }

  private async renderChart(): Promise<void> {
    const data = this.data;
    if (!data) return;
    const run = ++this.chartRun;
    const ids = this.selectedIds();
    const s = this.settings;
    const names = new Map(this.narratives.map((n) => [n.id, n.name]));
    for (const c of data.current) if (!names.has(c.narrative.id)) names.set(c.narrative.id, c.narrative.name);
    const nameOf = (id: string) => names.get(id) ?? `#${id}`;
    const range = apiRange(data.range);
    const status = statusesFor(s);
    const period = `${formatDay(data.range.fromDay)} – ${formatDay(data.range.toDay)}`;
    let series: ChartSeries[] = [];
    let note: string | undefined;
    let empty: Node | undefined;
    let spikeJob: { byId: Map<string, TrendSeries>; ids: string[] } | null = null;
    try {
      if (!ids.length) {
        series = [];
        if (!this.narratives.length && !data.current.length) empty = noNarrativesYet();
      } else if (s.groupBy === 'NONE') {
        const byId = new Map(data.current.map((c) => [c.narrative.id, c]));
        let points = new Map(ids.filter((id) => byId.has(id)).map((id) => [id, toPoints(byId.get(id)!)]));
        if (s.shareOfVoice) {
          if (ids.length > 1 || data.current.length > 0) this.chart.setLoading('Computing share of voice…');
          const server = await fetchNormalizedTrends({ narrativeIds: ids, ...range, granularity: data.granularity, status });
          if (run !== this.chartRun) return;
          if (server) {
            const scale = server.some((x) => x.points.some((p) => (p.share ?? 0) > 1.0001)) ? 1 : 100;
            points = new Map(server.map((x) => [x.narrative.id, x.points.map((p) => ({ t: Date.parse(p.bucket), y: (p.share ?? 0) * scale }))]));
            note = 'share of voice from the server';
          } else {
            points = shareOfVoice(data.current, ids);
            note = 'share of voice: each narrative’s part of all tagged claims per bucket';
          }
        }
        series = ids
          .filter((id) => points.has(id))
          .map((id) => ({ key: id, label: nameOf(id), ...this.colours.style(id), points: points.get(id)! }));
        replaceChildren(this.spikeList);
        if (s.spikes) spikeJob = { byId, ids };
      } else {
        this.chart.setLoading(`Loading by ${s.groupBy.toLowerCase()}…`);
        // By source there may be hundreds of groups: ask for the loudest few of each narrative
        // and stack the rest as one "other sources" series, from the ungrouped counts in hand.
        const groupLimit = s.groupBy === 'SOURCE' && (await capabilities()).trendsGroupLimit ? sourceGroupLimit(ids.length) : undefined;
        const grouped = await fetchTrends({ narrativeIds: ids, ...range, granularity: data.granularity, groupBy: s.groupBy, status, groupLimit });
        if (run !== this.chartRun) return;
        const rest = groupLimit ? remainderSeries(grouped, data.current, ids) : [];
        series = groupedSeries(grouped, rest, nameOf, ids.length > 1, s.shareOfVoice);
        const notes = [
          groupLimit && rest.some((r) => r.total > 0) ? `the ${groupLimit === 1 ? 'loudest source' : `${groupLimit} loudest sources`} of each narrative, the rest as “${OTHER_SOURCES}”` : '',
          s.shareOfVoice ? `share of each ${s.groupBy.toLowerCase()} within its narrative` : '',
        ];
        note = notes.filter(Boolean).join(' · ') || undefined;
        replaceChildren(this.spikeList);
      }
      if (run !== this.chartRun) return;
      note = [coarsenedNote(s.granularity, data.granularity), note].filter(Boolean).join(' · ') || undefined;
      const what = s.groupBy === 'NONE' ? `${series.length} narrative${series.length === 1 ? '' : 's'}` : `${ids.length} narrative${ids.length === 1 ? '' : 's'} by ${s.groupBy.toLowerCase()}`;
      const view = {
        series,
        granularity: data.granularity,
        stacked: s.groupBy !== 'NONE',
        percent: s.shareOfVoice,
        title: `${what}, ${data.granularity.toLowerCase()}, ${period}${s.confirmedOnly ? ', confirmed only' : ''}`,
        note,
        empty,
      };
      this.chart.render(view);
      if (!spikeJob) return;

      // Spike markers come after the first paint: from the server when it has them, else estimated here.
      const job = spikeJob;
      const caps = await capabilities();
      let spikes = new Map<string, Map<number, SpikeMark>>();
      const server = caps.spikes ? await fetchSpikes({ ...range, narrativeIds: job.ids, granularity: data.granularity }) : null;
      if (run !== this.chartRun) return;
      if (server) spikes = spikesByNarrative(server);
      else {
        for (const id of job.ids) {
          const c = job.byId.get(id);
          if (c) spikes.set(id, detectSpikes(toPoints(c)));
        }
        view.note = [note, 'spikes estimated in the browser'].filter(Boolean).join(' · ');
      }
      if (![...spikes.values()].some((m) => m.size) && !view.note) return;
      view.series = series.map((x) => ({ ...x, spikes: spikes.get(x.key) }));
      this.chart.render(view);
      this.renderSpikeList(view.series, data.granularity);
    } catch (err) {
      if (run !== this.chartRun || isAbort(err)) return;
      this.chart.setError(`Could not draw the chart: ${errorMessage(err)}`, () => void this.renderChart());
    }
  }

  private renderSpikeList(series: ChartSeries[], g: Granularity): void {
    const items = series
      .flatMap((s) => [...(s.spikes ?? new Map<number, SpikeMark>()).entries()].map(([t, m]) => ({ s, t, m })))
      .sort((a, b) => b.m.score - a.m.score)
      .slice(0, 12);
    if (!items.length) {
      replaceChildren(this.spikeList);
      return;
    }
    const day = (t: number) => toDateInput(t);
    replaceChildren(
      this.spikeList,
      h(
        'details',
        {},
        h('summary', { text: `${items.length} spike${items.length === 1 ? '' : 's'} (▲ on the chart)` }),
        h(
          'ul',
          { class: 'spikes', 'data-testid': 'spike-list' },
          items.map(({ s, t, m }) => {
            const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
            swatch.style.backgroundColor = s.color;
            const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
            params.set('cn', s.key);
            params.set('cf', day(t));
            params.set('ct', day(t + (g === 'WEEK' ? 6 : g === 'MONTH' ? 27 : 0) * 86_400_000));
            return h(
              'li',
              {},
              swatch,
              h('a', { href: href([], params), text: `${s.label} — ${formatBucket(t, g)}` }),
              h('span', { class: 'muted', text: `: ${m.count} claims, expected ${m.expected.toFixed(1)}` }),
            );
          }),
        ),
      ),
    );
  }
}

function readSelection(p: URLSearchParams): string[] | null {
  const raw = p.get('n');
  if (raw === null) return null;
  if (raw === 'none') return [];
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Stacked series: colour per group, one stack per narrative (dashes tell narratives apart); each
 * narrative's `rest` ("other sources") in grey on top of its groups. */
function groupedSeries(grouped: TrendSeries[], rest: TrendSeries[], nameOf: (id: string) => string, many: boolean, percent: boolean): ChartSeries[] {
  const groups = [...new Set(grouped.map((g) => g.group ?? 'unknown'))].sort();
  const entries = [...grouped.map((series) => ({ series, other: false })), ...rest.map((series) => ({ series, other: true }))];
  const narrativeOrder = [...new Set(entries.map((e) => e.series.narrative.id))];
  const totals = new Map<string, Map<number, number>>();
  if (percent) {
    for (const { series: g } of entries) {
      const m = totals.get(g.narrative.id) ?? new Map<number, number>();
      for (const p of g.points) m.set(Date.parse(p.bucket), (m.get(Date.parse(p.bucket)) ?? 0) + p.count);
      totals.set(g.narrative.id, m);
    }
  }
  const order = (id: string) => narrativeOrder.indexOf(id);
  return entries
    .filter((e) => e.series.total > 0)
    .sort((a, b) => order(a.series.narrative.id) - order(b.series.narrative.id) || Number(a.other) - Number(b.other) || b.series.total - a.series.total)
    .map(({ series: g, other }) => {
      const group = other ? OTHER_SOURCES : g.group ?? 'unknown';
      const n = order(g.narrative.id);
      const t = totals.get(g.narrative.id);
      return {
        key: `${g.narrative.id}:${other ? OTHER_KEY : group}`,
        label: many ? `${nameOf(g.narrative.id)} · ${group}` : group,
        color: other ? OTHER_COLOUR : seriesStyle(groups.indexOf(group)).color,
        dash: n === 0 ? [] : n % 2 ? [6, 3] : [2, 2],
        stack: g.narrative.id,
        legend: other && many ? OTHER_SOURCES : undefined,
        points: g.points.map((p) => {
          const at = Date.parse(p.bucket);
          const all = t?.get(at) ?? 0;
          return { t: at, y: percent ? (all ? (100 * p.count) / all : 0) : p.count };
        }),
      };
    });
}

/** The chart's message on a server without narratives (started with DEMO_DATA=off, say). */
function noNarrativesYet(): HTMLElement {
  return h(
    'span',
    { 'data-testid': 'no-narratives' },
    'No narratives yet. ',
    h('a', { href: href('editor/new'), text: 'Create a narrative' }),
    ' and ingest documents (the ingestDocuments mutation or ',
    h('code', { text: 'npm run cli -- import' }),
    ') to chart their claims.',
  );
}
