/** Date range, granularity, grouping and counting pickers shared by the overview and narrative pages. */
import { GRANULARITIES, GROUP_BYS, type Granularity, type TagStatus, type TrendGroupBy } from '../api/types';
import { DAY_MS, fromDateInput, toDateInput, type DayRange } from '../common/dates';
import { field, h, option } from '../common/dom';

export interface TrendSettings {
  range: DayRange | null; // null: the default range
  granularity: Granularity;
  groupBy: TrendGroupBy;
  confirmedOnly: boolean;
  shareOfVoice: boolean;
  spikes: boolean;
}

export function readTrendSettings(p: URLSearchParams): TrendSettings {
  const fromDay = fromDateInput(p.get('from'));
  const toDay = fromDateInput(p.get('to'));
  const g = p.get('g')?.toUpperCase() as Granularity;
  const by = p.get('by')?.toUpperCase() as TrendGroupBy;
  return {
    range: fromDay !== null && toDay !== null && fromDay <= toDay ? { fromDay, toDay } : null,
    granularity: GRANULARITIES.includes(g) ? g : 'DAY',
    groupBy: GROUP_BYS.includes(by) ? by : 'NONE',
    confirmedOnly: p.get('st') === 'confirmed',
    shareOfVoice: p.get('sov') === '1',
    spikes: p.get('spk') !== '0',
  };
}

export function trendSettingsParams(s: TrendSettings): Record<string, string | null> {
  return {
    from: s.range ? toDateInput(s.range.fromDay) : null,
    to: s.range ? toDateInput(s.range.toDay) : null,
    g: s.granularity === 'DAY' ? null : s.granularity.toLowerCase(),
    by: s.groupBy === 'NONE' ? null : s.groupBy.toLowerCase(),
    st: s.confirmedOnly ? 'confirmed' : null,
    sov: s.shareOfVoice ? '1' : null,
    spk: s.spikes ? null : '0',
  };
}

export const statusesFor = (s: TrendSettings): TagStatus[] => (s.confirmedOnly ? ['CONFIRMED'] : ['CONFIRMED', 'SUGGESTED']);

const GROUP_LABELS: Record<TrendGroupBy, string> = { NONE: 'No stacking', LANGUAGE: 'Language', PLATFORM: 'Platform', SOURCE: 'Source', STANCE: 'Stance' };
const PRESETS: [string, number][] = [['7 d', 7], ['30 d', 30], ['90 d', 90], ['1 y', 365]];

/** A form that reports every change; `set` re-syncs it after back/forward navigation. */
export class TrendControls {
  readonly el: HTMLFormElement;
  private readonly from = h('input', { type: 'date', required: true, 'aria-label': 'From date (UTC)' });
  private readonly to = h('input', { type: 'date', required: true, 'aria-label': 'To date (UTC, inclusive)' });
  private readonly granularity = h('select', { 'aria-label': 'Granularity' }, GRANULARITIES.map((g) => option(g, g.charAt(0) + g.slice(1).toLowerCase())));
  private readonly groupBy = h('select', { 'aria-label': 'Stack by' }, GROUP_BYS.map((g) => option(g, GROUP_LABELS[g])));
  private readonly counting = h('select', { 'aria-label': 'Which tags to count' }, option('all', 'Confirmed + suggested'), option('confirmed', 'Confirmed only'));
  private readonly sov = h('input', { type: 'checkbox' });
  private readonly spikes = h('input', { type: 'checkbox' });
  private settings: TrendSettings;

  constructor(initial: TrendSettings, private readonly onChange: (s: TrendSettings) => void, opts: { shareOfVoice?: boolean } = {}) {
    this.settings = initial;
    const emit = () => this.emit();
    for (const c of [this.from, this.to, this.granularity, this.groupBy, this.counting, this.sov, this.spikes]) c.addEventListener('change', emit);
    const presets = h(
      'div',
      { class: 'presets', role: 'group', 'aria-label': 'Quick ranges' },
      PRESETS.map(([label, days]) =>
        h('button', {
          type: 'button',
          class: 'btn btn-small btn-ghost',
          text: label,
          'aria-label': `Last ${label} of the current range`,
          onclick: () => {
            const end = fromDateInput(this.to.value) ?? Date.now();
            this.from.value = toDateInput(end - (days - 1) * DAY_MS);
            emit();
          },
        }),
      ),
    );
    this.el = h(
      'form',
      { class: 'trend-controls', 'aria-label': 'Chart settings', onsubmit: (e: Event) => e.preventDefault() },
      field('From', this.from),
      field('To', this.to),
      presets,
      field('Granularity', this.granularity),
      field('Stack by', this.groupBy),
      field('Count', this.counting),
      opts.shareOfVoice === false ? null : h('label', { class: 'check' }, this.sov, h('span', { text: 'Share of voice' })),
      h('label', { class: 'check' }, this.spikes, h('span', { text: 'Spikes' })),
    );
    this.set(initial);
  }

  set(s: TrendSettings, range?: DayRange): void {
    this.settings = s;
    const r = s.range ?? range;
    if (r) {
      this.from.value = toDateInput(r.fromDay);
      this.to.value = toDateInput(r.toDay);
    }
    this.granularity.value = s.granularity;
    this.groupBy.value = s.groupBy;
    this.counting.value = s.confirmedOnly ? 'confirmed' : 'all';
    this.sov.checked = s.shareOfVoice;
    this.spikes.checked = s.spikes;
  }

  private emit(): void {
    const fromDay = fromDateInput(this.from.value);
    const toDay = fromDateInput(this.to.value);
    const valid = fromDay !== null && toDay !== null && fromDay <= toDay;
    this.from.setCustomValidity(valid ? '' : 'The range must start on or before its end');
    if (!valid) {
      this.from.reportValidity();
      return;
    }
    this.settings = {
      range: { fromDay: fromDay!, toDay: toDay! },
      granularity: this.granularity.value as Granularity,
      groupBy: this.groupBy.value as TrendGroupBy,
      confirmedOnly: this.counting.value === 'confirmed',
      shareOfVoice: this.sov.checked,
      spikes: this.spikes.checked,
    };
    this.onChange(this.settings);
  }
}
