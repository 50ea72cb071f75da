/** One narrative: its series, first seen (overall, per language and platform), top sources, languages, children and claims. */
import { capabilities } from '../api/capabilities';
import { fetchNarrative, fetchNarrativeSpread, fetchSpikes, fetchTrends, type NarrativeSpread } from '../api/narratrace-api';
import { errorMessage, isAbort } from '../api/graphql-client';
import type { FirstSeen, Narrative, TagStatus, TrendSeries } from '../api/types';
import { href, patchParams } from '../app/router';
import { getDefaultRange } from '../app/store';
import type { View } from '../app/view';
import { detectSpikes, remainderSeries, spikesByNarrative, toPoints } from '../charts/series-math';
import { TrendChart, type ChartSeries } from '../charts/trend-chart';
import { readTrendSettings, statusesFor, TrendControls, trendSettingsParams, type TrendSettings } from '../charts/trend-controls';
import { apiRange, coarsenedNote, DAY_MS, formatDateTime, formatDay, iso, sensibleGranularity, startOfUtcDay, type DayRange } from '../common/dates';
import { documentLink, emptyState, errorState, h, replaceChildren, spinner } from '../common/dom';
import { OTHER_COLOUR, OTHER_KEY, OTHER_SOURCES, seriesStyle } from '../common/palette';
import { ReviewDesk } from '../review/review-desk';

type LoadedNarrative = Narrative & { counts: Record<TagStatus | 'ALL', number> };

/** Stacked by source: this many loudest sources, then "other sources". */
const SOURCES_STACKED = 10;

export class NarrativeView implements View {
  readonly el: HTMLElement;
  private readonly header = h('div', { class: 'narrative-header' }, spinner('Loading narrative…'));
  private readonly facts = h('dl', { class: 'facts' });
  /** first claim overall and per language and platform; hidden on servers without narrativeStats */
  private readonly spread = h('div', { class: 'spread' }, spinner('Loading first seen…'));
  private readonly spreadPanel = h('section', { class: 'panel', 'aria-labelledby': 'nt-spread-title' }, h('h2', { id: 'nt-spread-title', text: 'First seen' }), this.spread);
  private readonly chart = new TrendChart({ label: 'Narrative series', filename: 'narratrace-narrative' });
  private readonly controls: TrendControls;
  private readonly sources = h('div', { class: 'breakdown' });
  private readonly languages = h('div', { class: 'breakdown' });
  private readonly children = h('div', { class: 'children' });
  private readonly desk: ReviewDesk;
  private settings: TrendSettings;
  private narrative: LoadedNarrative | null = null;
  private abort: AbortController | null = null;

  constructor(private readonly id: string, params: URLSearchParams) {
    this.settings = { ...readTrendSettings(params), shareOfVoice: false };
    this.controls = new TrendControls(
      this.settings,
      (s) => {
        this.settings = s;
        patchParams(trendSettingsParams(s));
        void this.loadSeries();
      },
      { shareOfVoice: false },
    );
    this.desk = new ReviewDesk(params, { fixedNarrativeId: id, title: 'Claims of this narrative' });
    this.el = h(
      'div',
      { class: 'narrative-page' },
      h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: href([]), text: 'Overview' }), ' › ', h('span', { text: 'Narrative' })),
      h('section', { class: 'panel' }, this.header, this.facts),
      h('section', { class: 'panel', 'aria-label': 'Series' }, this.controls.el, this.chart.el),
      this.spreadPanel,
      h(
        'div',
        { class: 'two-col' },
        h('section', { class: 'panel', 'aria-labelledby': 'nt-sources-title' }, h('h2', { id: 'nt-sources-title', text: 'Top sources' }), this.sources),
        h('section', { class: 'panel', 'aria-labelledby': 'nt-langs-title' }, h('h2', { id: 'nt-langs-title', text: 'Languages' }), this.languages),
      ),
      h('section', { class: 'panel', 'aria-labelledby': 'nt-children-title' }, h('h2', { id: 'nt-children-title', text: 'Sub-narratives' }), this.children),
      this.desk.el,
    );
    void this.loadNarrative();
    void this.loadSeries();
  }

  update(params: URLSearchParams): void {
    this.desk.update(params);
    const next = { ...readTrendSettings(params), shareOfVoice: false };
    if (JSON.stringify(next) !== JSON.stringify(this.settings)) {
      this.settings = next;
      void this.loadSeries();
    }
  }

  destroy(): void {
    this.abort?.abort();
    this.desk.destroy();
    this.chart.destroy();
  }

  private async loadNarrative(): Promise<void> {
    try {
      const n = await fetchNarrative(this.id);
      if (!n) {
        replaceChildren(this.header, errorState(`There is no narrative with id ${this.id}.`));
        return;
      }
      this.narrative = n;
      document.title = `${n.name} · Narratrace`;
      replaceChildren(
        this.header,
        h('div', { class: 'title-row' }, h('h1', { text: n.name }), h('a', { class: 'btn btn-small', href: href(['editor', n.id]), text: 'Edit' })),
        h('p', { class: 'muted', text: `slug ${n.slug}` }),
        n.description ? h('p', { class: 'description', text: n.description }) : null,
        n.parent ? h('p', {}, 'Part of ', h('a', { href: href(['narrative', n.parent.id]), text: n.parent.name })) : null,
        n.keywords?.length ? h('p', { class: 'muted', text: `Keywords: ${n.keywords.join(', ')}` }) : null,
        n.rule ? h('p', { class: 'muted' }, 'Rule: ', h('code', { text: n.rule })) : null,
      );
      this.renderFacts(null);
      const kids = n.children ?? [];
      replaceChildren(
        this.children,
        kids.length ? h('ul', { class: 'child-list' }, kids.map((c) => h('li', {}, h('a', { href: href(['narrative', c.id]), text: c.name })))) : emptyState('No sub-narratives.'),
        h('a', { class: 'btn btn-small', href: href('editor/new', { parent: n.slug }), text: '+ Add a sub-narrative' }),
      );
      void this.loadFirstSeen();
    } catch (err) {
      replaceChildren(this.header, errorState(`Could not load the narrative: ${errorMessage(err)}`, () => void this.loadNarrative()));
    }
  }

  private firstSeen: { first: number | null; last: number | null } | null = null;

  /**
   * First and last claim: from narrativeStats (with the first per language and platform) and the
   * newest claim when the server has it; otherwise the first and last day of one daily series
   * over the last ten years.
   */
  private async loadFirstSeen(): Promise<void> {
    const today = startOfUtcDay(Date.now());
    let spread: NarrativeSpread | null = null;
    try {
      spread = await fetchNarrativeSpread(this.id);
    } catch (err) {
      replaceChildren(this.spread, errorState(`Could not load where it was first seen: ${errorMessage(err)}`, () => void this.loadFirstSeen()));
    }
    if (spread) {
      this.firstSeen = { first: spread.first ? Date.parse(spread.first.at) : null, last: spread.last ? Date.parse(spread.last.at) : null };
      this.renderFacts(this.firstSeen);
      this.renderSpread(spread);
      return;
    }
    if (!this.spread.querySelector('[role="alert"]')) this.spreadPanel.hidden = true;
    try {
      const [s] = await fetchTrends({ narrativeIds: [this.id], from: iso(today - 3650 * DAY_MS), to: iso(today + 2 * DAY_MS), granularity: 'DAY' });
      const days = (s?.points ?? []).filter((p) => p.count > 0).map((p) => Date.parse(p.bucket));
      this.firstSeen = { first: days.length ? days[0] : null, last: days.length ? days[days.length - 1] : null };
    } catch {
      this.firstSeen = { first: null, last: null };
    }
    this.renderFacts(this.firstSeen);
  }

  private renderFacts(seen: { first: number | null; last: number | null } | null): void {
    const n = this.narrative;
    if (!n) return;
    const fact = (k: string, v: string, testid?: string) => h('div', { class: 'fact' }, h('dt', { text: k }), h('dd', { text: v, 'data-testid': testid }));
    replaceChildren(
      this.facts,
      fact('First seen', seen ? (seen.first !== null ? formatDay(seen.first) : 'never') : '…', 'first-seen'),
      fact('Last seen', seen ? (seen.last !== null ? formatDay(seen.last) : 'never') : '…', 'last-seen'),
      fact('Claims', String(n.counts.ALL)),
      fact('Confirmed', String(n.counts.CONFIRMED)),
      fact('Suggested', String(n.counts.SUGGESTED)),
      fact('Rejected', String(n.counts.REJECTED)),
    );
  }

  private renderSpread(spread: NarrativeSpread): void {
    if (!spread.first) {
      replaceChildren(this.spread, emptyState('No live claims yet: nothing seen.'));
      return;
    }
    const column = (title: string, what: string, list: FirstSeen[] | null) =>
      list ? h('div', { class: 'spread-col' }, h('h3', { text: title }), firstSeenList(list, what)) : null;
    replaceChildren(
      this.spread,
      h('div', { class: 'spread-overall', 'data-testid': 'first-seen-overall' }, firstSeenEntry(spread.first, 'Overall'), spread.last ? firstSeenEntry(spread.last, 'Latest') : null),
      spread.byLanguage || spread.byPlatform
        ? h('div', { class: 'two-col spread-cols' }, column('Per language', 'language', spread.byLanguage), column('Per platform', 'platform', spread.byPlatform))
        : null,
    );
  }

  private async loadSeries(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.chart.setLoading();
    replaceChildren(this.sources, spinner());
    replaceChildren(this.languages, spinner());
    try {
      const range: DayRange = this.settings.range ?? (await getDefaultRange());
      this.controls.set(this.settings, range);
      const granularity = sensibleGranularity(range, this.settings.granularity);
      const base = { narrativeIds: [this.id], ...apiRange(range), granularity, status: statusesFor(this.settings) };
      const groupBy = this.settings.groupBy;
      // by source: the loudest sources, and the rest as one series (see the overview)
      const groupLimit = groupBy === 'SOURCE' && (await capabilities()).trendsGroupLimit ? SOURCES_STACKED : undefined;
      const [main, ungrouped, bySource, byLanguage] = await Promise.all([
        fetchTrends({ ...base, groupBy, groupLimit }, abort.signal),
        groupLimit ? fetchTrends(base, abort.signal) : null,
        fetchTrends({ ...base, granularity: 'MONTH', groupBy: 'SOURCE' }, abort.signal),
        fetchTrends({ ...base, granularity: 'MONTH', groupBy: 'LANGUAGE' }, abort.signal),
      ]);
      if (abort.signal.aborted) return;
      let series: ChartSeries[];
      if (groupBy === 'NONE') {
        const s = main[0];
        let spikes = undefined;
        if (s && this.settings.spikes) {
          const server = await fetchSpikes({ ...apiRange(range), narrativeIds: [this.id], granularity });
          spikes = server ? spikesByNarrative(server).get(this.id) : detectSpikes(toPoints(s));
        }
        series = s ? [{ key: this.id, label: s.narrative.name, ...seriesStyle(0), points: toPoints(s), spikes }] : [];
      } else {
        const groups = main.filter((g) => g.total > 0).sort((a, b) => b.total - a.total);
        series = groups.map((g, i) => ({ key: g.group ?? 'unknown', label: g.group ?? 'unknown', ...seriesStyle(i), stack: 'all', points: toPoints(g) }));
        const [rest] = ungrouped ? remainderSeries(main, ungrouped, [this.id]) : [];
        if (rest?.total) series.push({ key: OTHER_KEY, label: OTHER_SOURCES, color: OTHER_COLOUR, dash: [], stack: 'all', points: toPoints(rest) });
      }
      const name = this.narrative?.name ?? main[0]?.narrative.name ?? 'narrative';
      this.chart.render({
        series,
        granularity,
        stacked: groupBy !== 'NONE',
        percent: false,
        title: `${name}${groupBy !== 'NONE' ? ` by ${groupBy.toLowerCase()}` : ''}, ${granularity.toLowerCase()}, ${formatDay(range.fromDay)} – ${formatDay(range.toDay)}`,
        note: coarsenedNote(this.settings.granularity, granularity),
      });
      renderBreakdown(this.sources, bySource, 'sources');
      renderBreakdown(this.languages, byLanguage, 'languages');
    } catch (err) {
      if (isAbort(err)) return;
      this.chart.setError(`Could not load the series: ${errorMessage(err)}`, () => void this.loadSeries());
      replaceChildren(this.sources, errorState(errorMessage(err)));
      replaceChildren(this.languages, errorState(errorMessage(err)));
    }
  }
}

/** One "first seen" list (per language or per platform), earliest first as the server sends it. */
function firstSeenList(list: FirstSeen[], what: string): HTMLElement {
  if (!list.length) return emptyState(`No ${what} known.`);
  return h('ol', { class: 'first-seen-list', 'data-testid': `first-seen-by-${what}` }, list.map((f) => h('li', {}, firstSeenEntry(f, f.key ?? 'unknown'))));
}

/** When, where (source and platform) and which claim, with a link to its document when it has one. */
function firstSeenEntry(f: FirstSeen, label: string): HTMLElement {
  return h(
    'div',
    { class: 'first-seen', 'data-testid': 'first-seen-entry', 'data-key': f.key ?? undefined, 'data-at': f.at, 'data-claim-id': f.claim?.id },
    h(
      'div',
      { class: 'first-seen-head' },
      h('span', { class: 'badge', text: label }),
      h('time', { datetime: f.at, text: formatDateTime(f.at) }),
      f.source ? h('span', { class: 'first-seen-source', text: f.source.platform ? `${f.source.name} (${f.source.platform})` : f.source.name }) : null,
      f.total !== undefined && f.key ? h('span', { class: 'muted', text: `${f.total} claim${f.total === 1 ? '' : 's'}` }) : null,
    ),
    f.claim
      ? h(
          'p',
          { class: 'first-seen-claim' },
          h('q', { lang: f.claim.language || undefined, title: f.claim.text, text: f.claim.text }),
          documentLink(f.claim.document),
        )
      : null,
  );
}

function renderBreakdown(el: HTMLElement, groups: TrendSeries[], what: string): void {
  const rows = groups.filter((g) => g.total > 0).sort((a, b) => b.total - a.total);
  if (!rows.length) {
    replaceChildren(el, emptyState(`No ${what} in this range.`));
    return;
  }
  const sum = rows.reduce((a, g) => a + g.total, 0);
  const top = rows.slice(0, 10);
  replaceChildren(
    el,
    h(
      'table',
      { class: 'breakdown-table', 'data-testid': `top-${what}` },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: what === 'sources' ? 'Source' : 'Language' }), h('th', { scope: 'col', text: 'Claims' }), h('th', { scope: 'col', text: 'Share' }))),
      h(
        'tbody',
        {},
        top.map((g) => {
          const pct = (100 * g.total) / sum;
          const fill = h('span', { class: 'share-fill' });
          fill.style.width = `${Math.max(1, pct)}%`;
          return h('tr', {}, h('td', { text: g.group ?? 'unknown' }), h('td', { class: 'num', text: String(g.total) }), h('td', { class: 'share-cell' }, h('span', { class: 'share-bar', 'aria-hidden': 'true' }, fill), h('span', { text: `${pct.toFixed(1)}%` })));
        }),
      ),
    ),
    rows.length > top.length ? h('p', { class: 'muted', text: `and ${rows.length - top.length} more` }) : null,
  );
}
