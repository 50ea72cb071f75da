/** The review desk's filters and their URL form (keys start with `c` for "claims"). */
import type { ClaimFilter, Narrative, Source, TagStatus } from '../api/types';
import { DAY_MS, fromDateInput, iso } from '../common/dates';
import { debounce, field, h, option } from '../common/dom';

export interface ReviewFilterState {
  search: string;
  narrativeId: string;
  status: TagStatus | '';
  untagged: boolean;
  language: string;
  sourceId: string;
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD, inclusive
}

export const FILTER_KEYS: Record<keyof ReviewFilterState, string> = {
  search: 'cq', narrativeId: 'cn', status: 'cs', untagged: 'cu', language: 'cl', sourceId: 'csrc', from: 'cf', to: 'ct',
};

export function readFilters(p: URLSearchParams): ReviewFilterState {
  const status = (p.get(FILTER_KEYS.status) ?? '').toUpperCase();
  return {
    search: p.get(FILTER_KEYS.search) ?? '',
    narrativeId: p.get(FILTER_KEYS.narrativeId) ?? '',
    status: (['SUGGESTED', 'CONFIRMED', 'REJECTED'].includes(status) ? status : '') as TagStatus | '',
    untagged: p.get(FILTER_KEYS.untagged) === '1',
    language: p.get(FILTER_KEYS.language) ?? '',
    sourceId: p.get(FILTER_KEYS.sourceId) ?? '',
    from: fromDateInput(p.get(FILTER_KEYS.from)) !== null ? p.get(FILTER_KEYS.from)! : '',
    to: fromDateInput(p.get(FILTER_KEYS.to)) !== null ? p.get(FILTER_KEYS.to)! : '',
  };
}

export function filterParams(f: ReviewFilterState): Record<string, string | null> {
  return {
    [FILTER_KEYS.search]: f.search || null,
    [FILTER_KEYS.narrativeId]: f.narrativeId || null,
    [FILTER_KEYS.status]: f.status ? f.status.toLowerCase() : null,
    [FILTER_KEYS.untagged]: f.untagged ? '1' : null,
    [FILTER_KEYS.language]: f.language || null,
    [FILTER_KEYS.sourceId]: f.sourceId || null,
    [FILTER_KEYS.from]: f.from || null,
    [FILTER_KEYS.to]: f.to || null,
  };
}

export function toClaimFilter(f: ReviewFilterState, fixedNarrativeId?: string): ClaimFilter {
  const from = fromDateInput(f.from);
  const to = fromDateInput(f.to);
  return {
    narrativeId: fixedNarrativeId || f.narrativeId || undefined,
    status: f.status || undefined,
    // a narrative's own claims are never untagged
    untagged: (!fixedNarrativeId && f.untagged) || undefined,
    language: f.language.trim() || undefined,
    sourceId: f.sourceId || undefined,
    from: from !== null ? iso(from) : undefined,
    to: to !== null ? iso(to + DAY_MS) : undefined,
    search: f.search.trim() || undefined,
  };
}

export class ReviewFilterBar {
  readonly el: HTMLFormElement;
  readonly search = h('input', { type: 'search', placeholder: 'Search claim text…', 'aria-label': 'Full-text search in claims', 'data-testid': 'filter-search' });
  private readonly narrative = h('select', { 'aria-label': 'Filter by narrative', 'data-testid': 'filter-narrative' }, option('', 'Any narrative'));
  private readonly status = h('select', { 'aria-label': 'Filter by tag status', 'data-testid': 'filter-status' }, option('', 'Any status'), option('SUGGESTED', 'Suggested'), option('CONFIRMED', 'Confirmed'), option('REJECTED', 'Rejected'));
  private readonly untagged = h('input', { type: 'checkbox', 'data-testid': 'filter-untagged' });
  private readonly language = h('input', { type: 'text', list: 'nt-languages', size: 4, placeholder: 'any', 'aria-label': 'Filter by language code', 'data-testid': 'filter-language', autocomplete: 'off' });
  private readonly source = h('select', { 'aria-label': 'Filter by source', 'data-testid': 'filter-source' }, option('', 'Any source'));
  private readonly from = h('input', { type: 'date', 'aria-label': 'Claims published from (UTC)', 'data-testid': 'filter-from' });
  private readonly to = h('input', { type: 'date', 'aria-label': 'Claims published until (UTC, inclusive)', 'data-testid': 'filter-to' });

  /** `fixedNarrative`: the desk shows one narrative's claims (narrative page), so neither the
   * narrative filter nor "Untagged only" (which could never match) is offered. */
  constructor(state: ReviewFilterState, private readonly onChange: (s: ReviewFilterState) => void, opts: { fixedNarrative?: boolean } = {}) {
    const emit = () => this.onChange(this.read());
    const typed = debounce(emit, 300);
    this.search.addEventListener('input', typed);
    this.language.addEventListener('input', typed);
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        typed.cancel();
        emit();
      }
    });
    // "Untagged only" and a narrative or status exclude each other. These listeners come before
    // `emit`'s, so the filters it reads (and requests) are the ones the controls show.
    this.untagged.addEventListener('change', () => {
      if (this.untagged.checked) {
        this.narrative.value = '';
        this.status.value = '';
      }
    });
    for (const c of [this.narrative, this.status]) {
      c.addEventListener('change', () => {
        if (c.value) this.untagged.checked = false;
      });
    }
    for (const c of [this.narrative, this.status, this.untagged, this.source, this.from, this.to]) c.addEventListener('change', emit);
    const languages = h('datalist', { id: 'nt-languages' }, option('en', 'English'), option('ru', 'Russian'), option('uk', 'Ukrainian'));
    this.el = h(
      'form',
      { class: 'filters', role: 'search', 'aria-label': 'Claim filters', onsubmit: (e: Event) => e.preventDefault() },
      h('label', { class: 'field field-grow' }, h('span', { class: 'field-label', text: 'Search' }), this.search),
      opts.fixedNarrative ? null : field('Narrative', this.narrative),
      field('Status', this.status),
      opts.fixedNarrative ? null : h('label', { class: 'check' }, this.untagged, h('span', { text: 'Untagged only' })),
      field('Language', this.language),
      languages,
      field('Source', this.source),
      field('From', this.from),
      field('To', this.to),
      h('button', {
        type: 'button',
        class: 'btn btn-small btn-ghost',
        text: 'Clear',
        'aria-label': 'Clear all claim filters',
        onclick: () => {
          this.set({ search: '', narrativeId: '', status: '', untagged: false, language: '', sourceId: '', from: '', to: '' });
          emit();
        },
      }),
    );
    this.set(state);
  }

  setNarratives(list: Narrative[]): void {
    const current = this.narrative.value || this.pendingNarrative;
    this.narrative.replaceChildren(option('', 'Any narrative'), ...narrativeOptions(list));
    this.narrative.value = current;
  }

  setSources(list: Source[]): void {
    const current = this.source.value || this.pendingSource;
    this.source.replaceChildren(option('', 'Any source'), ...[...list].sort((a, b) => a.name.localeCompare(b.name)).map((s) => option(s.id, s.platform ? `${s.name} (${s.platform})` : s.name)));
    this.source.value = current;
  }

  private pendingNarrative = '';
  private pendingSource = '';

  set(s: ReviewFilterState): void {
    this.search.value = s.search;
    this.pendingNarrative = s.narrativeId;
    this.pendingSource = s.sourceId;
    this.narrative.value = s.narrativeId;
    this.status.value = s.status;
    this.untagged.checked = s.untagged;
    this.language.value = s.language;
    this.source.value = s.sourceId;
    this.from.value = s.from;
    this.to.value = s.to;
  }

  read(): ReviewFilterState {
    return {
      search: this.search.value,
      narrativeId: this.narrative.value,
      status: this.status.value as TagStatus | '',
      untagged: this.untagged.checked,
      language: this.language.value.trim().toLowerCase(),
      sourceId: this.source.value,
      from: this.from.value,
      to: this.to.value,
    };
  }
}

/** Narratives as options, children indented under their parent. */
export function narrativeOptions(list: Narrative[], exclude?: string): HTMLOptionElement[] {
  const byParent = new Map<string, Narrative[]>();
  const ids = new Set(list.map((n) => n.id));
  for (const n of list) {
    const key = n.parent && ids.has(n.parent.id) ? n.parent.id : '';
    byParent.set(key, [...(byParent.get(key) ?? []), n]);
  }
  const out: HTMLOptionElement[] = [];
  const walk = (parent: string, depth: number) => {
    for (const n of (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      if (n.id !== exclude) out.push(option(n.id, `${'\u2003'.repeat(depth)}${n.name}`));
      if (depth < 8) walk(n.id, depth + 1);
    }
  };
  walk('', 0);
  return out;
}
