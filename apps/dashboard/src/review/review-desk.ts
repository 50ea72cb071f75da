/**
 * The review desk: a filterable, paginated claims table where analysts confirm, reject or change
 * the narrative of suggested tags, one claim at a time, in bulk, or from the keyboard. Changes
 * show at once and roll back, with a visible error, if the server refuses them.
 */
import { fetchClaims, runTagActions, suggestNarratives, type TagAction } from '../api/narratrace-api';
import { errorMessage, GraphQLRequestError, isAbort } from '../api/graphql-client';
import { STANCES, type Claim, type ClaimTag, type Narrative, type NarrativeRef, type Source, type Stance, type Suggestion } from '../api/types';
import { href, patchParams } from '../app/router';
import { getNarratives, getSources, onNarrativesChange, onSourcesChange } from '../app/store';
import { formatDateTime } from '../common/dates';
import { clear, documentLink, h, option, replaceChildren } from '../common/dom';
import { toast } from '../common/toast';
import { applyAction, mergeServerTag, sortedTags, topSuggestion } from './claim-tags';
import { filterParams, narrativeOptions, readFilters, ReviewFilterBar, toClaimFilter, type ReviewFilterState } from './review-filters';
import { installShortcuts, shortcutHelp } from './review-shortcuts';

export interface ReviewDeskOptions {
  /** narrative page: claims of this narrative only */
  fixedNarrativeId?: string;
  pageSize?: number;
  title?: string;
  /** h1 where the desk is the page (#/review); h2 under another page's h1 */
  heading?: 'h1' | 'h2';
  /** wait for start() before loading (lets the chart's request go first) */
  deferLoad?: boolean;
}

const STANCE_LABEL: Record<Stance, string> = { SUPPORTS: 'supports', REFUTES: 'refutes', NEUTRAL: 'neutral' };

export class ReviewDesk {
  readonly el: HTMLElement;
  private readonly filterBar: ReviewFilterBar;
  private readonly tbody = h('tbody');
  private readonly status = h('p', { class: 'desk-status', role: 'status', 'aria-live': 'polite' });
  private readonly footer = h('div', { class: 'desk-footer' });
  private readonly bulkCount = h('span', { class: 'bulk-count', text: 'No claim selected' });
  private readonly selectAll = h('input', { type: 'checkbox', 'aria-label': 'Select all loaded claims', 'data-testid': 'select-all' });
  private readonly bulkConfirm = h('button', { type: 'button', class: 'btn btn-small btn-confirm', text: 'Confirm selected', disabled: true, 'data-testid': 'bulk-confirm' });
  private readonly bulkReject = h('button', { type: 'button', class: 'btn btn-small btn-reject', text: 'Reject selected', disabled: true, 'data-testid': 'bulk-reject' });
  private readonly help: HTMLDialogElement;

  private filters: ReviewFilterState;
  private claims: Claim[] = [];
  private readonly rows = new Map<string, HTMLTableRowElement>();
  private readonly selected = new Set<string>();
  private readonly stanceChoice = new Map<string, Stance>();
  private readonly explanations = new Map<string, Suggestion[] | 'loading' | string>();
  private readonly rowErrors = new Map<string, string>();
  private readonly pending = new Set<string>();
  private active = -1;
  private endCursor: string | null = null;
  private hasNext = false;
  private total = 0;
  private loadAbort: AbortController | null = null;
  /** a request for claims is on its way */
  private loading = false;
  private narratives: Narrative[] = [];
  private narrativeRefs = new Map<string, NarrativeRef>();
  private sources: Source[] | null = null;
  private readonly removeShortcuts: () => void;
  private readonly unsubscribe: (() => void)[];
  private readonly pageSize: number;

  constructor(params: URLSearchParams, private readonly opts: ReviewDeskOptions = {}) {
    this.pageSize = opts.pageSize ?? 50;
    this.filters = readFilters(params);
    this.filterBar = new ReviewFilterBar(this.filters, (f) => this.changeFilters(f), { fixedNarrative: !!opts.fixedNarrativeId });
    this.help = shortcutHelp();
    this.selectAll.addEventListener('change', () => this.toggleAll(this.selectAll.checked));
    this.bulkConfirm.addEventListener('click', () => this.bulk('confirm'));
    this.bulkReject.addEventListener('click', () => this.bulk('reject'));

    const table = h(
      'table',
      { class: 'claims-table', 'data-testid': 'claims-table', 'aria-label': 'Claims to review', 'aria-describedby': 'nt-desk-hint' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'col-select' }, this.selectAll),
          h('th', { scope: 'col', class: 'col-claim', text: 'Claim' }),
          h('th', { scope: 'col', class: 'col-source', text: 'Source' }),
          h('th', { scope: 'col', class: 'col-date', text: 'Published' }),
          h('th', { scope: 'col', class: 'col-tags', text: 'Narratives & suggestions' }),
          h('th', { scope: 'col', class: 'col-actions', text: 'Review' }),
        ),
      ),
      this.tbody,
    );
    table.addEventListener('click', (e) => this.onTableClick(e));
    // Shortcuts act on the active row: the row holding focus (Tab, click) is that row.
    table.addEventListener('focusin', (e) => this.onTableFocus(e));
    this.tbody.dataset.state = 'loading';
    this.tbody.append(h('tr', { class: 'state-row' }, h('td', { colspan: 6 }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading claims…')));

    this.el = h(
      'section',
      { class: 'panel review-desk', 'aria-labelledby': 'nt-desk-title' },
      h(
        'div',
        { class: 'panel-head' },
        h(opts.heading ?? 'h2', { id: 'nt-desk-title', text: opts.title ?? 'Review desk' }),
        h('p', { id: 'nt-desk-hint', class: 'hint' }, 'Keys: ', h('kbd', { text: 'j' }), '/', h('kbd', { text: 'k' }), ' move, ', h('kbd', { text: 'y' }), ' confirm, ', h('kbd', { text: 'n' }), ' reject, ', h('kbd', { text: 'x' }), ' select, ', h('kbd', { text: '?' }), ' all shortcuts'),
        h('button', { type: 'button', class: 'btn btn-small btn-ghost', text: 'Shortcuts', 'aria-haspopup': 'dialog', onclick: () => this.toggleHelp() }),
      ),
      this.filterBar.el,
      h('div', { class: 'bulk-bar', role: 'toolbar', 'aria-label': 'Bulk actions on selected claims' }, this.bulkCount, this.bulkConfirm, this.bulkReject),
      this.status,
      h('div', { class: 'table-scroll' }, table),
      this.footer,
      this.help,
    );

    this.removeShortcuts = installShortcuts({
      next: () => this.move(1),
      prev: () => this.move(-1),
      confirm: () => this.actOnActive('confirm'),
      reject: () => this.actOnActive('reject'),
      toggleSelect: () => this.toggleActiveSelection(),
      bulkConfirm: () => this.bulk('confirm'),
      bulkReject: () => this.bulk('reject'),
      focusSearch: () => this.filterBar.search.focus(),
      help: () => this.toggleHelp(),
      isActive: () => this.el.isConnected,
    });

    // another view's refresh (the overview's trend settings, say) brings new narratives and sources here too
    this.unsubscribe = [onNarrativesChange((list) => this.setNarratives(list)), onSourcesChange((list) => this.setSources(list))];

    if (!opts.deferLoad) this.start();
  }

  private started = false;

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.load(false);
  }

  /** Back/forward navigation changed the URL. */
  update(params: URLSearchParams): void {
    const next = readFilters(params);
    if (JSON.stringify(next) === JSON.stringify(this.filters)) return;
    this.filters = next;
    this.filterBar.set(next);
    if (this.started) void this.load(false);
  }

  destroy(): void {
    this.removeShortcuts();
    for (const off of this.unsubscribe) off();
    this.loadAbort?.abort();
  }

  /** Narratives and sources, asked afresh with each new list of claims (cheap: small lists, one request each in flight). */
  private async loadLists(): Promise<void> {
    try {
      const [narratives, sources] = await Promise.all([getNarratives(true), getSources(true)]);
      this.setNarratives(narratives);
      this.setSources(sources);
    } catch (err) {
      if (!isAbort(err)) toast(`Could not load narratives and sources: ${errorMessage(err)}`, 'error');
    }
  }

  private setNarratives(list: Narrative[]): void {
    if (list === this.narratives) return;
    this.narratives = list;
    this.narrativeRefs = new Map(list.map((n) => [n.id, { id: n.id, name: n.name, slug: n.slug }]));
    this.filterBar.setNarratives(list);
    // "Tag as…" menus fill on first use: empty the filled ones (not one in use) so they fill anew
    for (const row of this.rows.values()) {
      const change = row.querySelector<HTMLSelectElement>('select[data-testid="change-narrative"]');
      if (!change) continue;
      change.disabled = row.getAttribute('aria-busy') === 'true' || !list.length;
      if (change !== document.activeElement) while (change.options.length > 1) change.remove(1);
    }
  }

  private setSources(list: Source[]): void {
    if (list === this.sources) return;
    this.sources = list;
    this.filterBar.setSources(list);
  }

  private changeFilters(f: ReviewFilterState): void {
    this.filters = f;
    patchParams(filterParams(f));
    void this.load(false);
  }

  private async load(more: boolean): Promise<void> {
    // Holding j at the end of the list asks for more on every key press: the request already on
    // its way answers them all. (A new filter still replaces whatever is in flight.)
    if (more && this.loading) return;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.loading = true;
    if (!more) {
      this.el.setAttribute('aria-busy', 'true');
      this.tbody.dataset.state = 'loading';
      replaceChildren(this.tbody, h('tr', { class: 'state-row' }, h('td', { colspan: 6 }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading claims…')));
      this.status.textContent = '';
      clear(this.footer);
    } else {
      replaceChildren(this.footer, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading more…');
    }
    try {
      const pageP = fetchClaims(toClaimFilter(this.filters, this.opts.fixedNarrativeId), this.pageSize, more ? this.endCursor : null, abort.signal);
      if (!more) void this.loadLists();
      const page = await pageP;
      if (abort.signal.aborted) return;
      if (!more) {
        this.claims = [];
        this.rows.clear();
        this.selected.clear();
        this.active = -1;
        clear(this.tbody);
      }
      const fresh = page.edges.map((e) => e.node).filter((c) => !this.rows.has(c.id));
      this.claims.push(...fresh);
      for (const c of fresh) this.tbody.appendChild(this.renderRow(c));
      this.endCursor = page.pageInfo.endCursor ?? null;
      this.hasNext = page.pageInfo.hasNextPage;
      this.total = page.totalCount;
      this.tbody.dataset.state = this.claims.length ? 'loaded' : 'empty';
      if (!this.claims.length) replaceChildren(this.tbody, h('tr', { class: 'state-row' }, h('td', { colspan: 6, role: 'status', text: 'No claims match these filters.' })));
      this.renderFooter();
      this.updateBulk();
    } catch (err) {
      if (isAbort(err)) return;
      const msg = `Could not load claims: ${errorMessage(err)}`;
      this.tbody.dataset.state = 'error';
      if (more) replaceChildren(this.footer, h('span', { role: 'alert', class: 'error-text', text: msg }));
      else replaceChildren(this.tbody, h('tr', { class: 'state-row' }, h('td', { colspan: 6, role: 'alert', class: 'error-text' }, msg, ' ', h('button', { type: 'button', class: 'btn btn-small', text: 'Retry', onclick: () => this.load(false) }))));
    } finally {
      if (abort === this.loadAbort) {
        this.loading = false;
        this.el.setAttribute('aria-busy', 'false');
      }
    }
  }

  private renderFooter(): void {
    this.status.textContent = this.claims.length ? `Showing ${this.claims.length} of ${this.total} claims` : '';
    replaceChildren(
      this.footer,
      this.hasNext ? h('button', { type: 'button', class: 'btn', text: `Load ${this.pageSize} more`, 'data-testid': 'load-more', onclick: () => this.load(true) }) : null,
    );
  }

  // ---- rows ----------------------------------------------------------------------------------

  private renderRow(claim: Claim): HTMLTableRowElement {
    const index = this.claims.findIndex((c) => c.id === claim.id);
    const top = topSuggestion(claim);
    const selected = this.selected.has(claim.id);
    const busy = this.pending.has(claim.id);
    const tr = h('tr', {
      'data-testid': 'claim-row',
      'data-claim-id': claim.id,
      tabindex: -1,
      class: `claim-row${index === this.active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`,
      'aria-busy': busy ? 'true' : 'false',
      'data-top-narrative-id': top?.narrative.id,
    });
    const check = h('input', { type: 'checkbox', checked: selected, 'aria-label': `Select claim: ${claim.text.slice(0, 60)}`, 'data-action': 'select', 'data-testid': 'select-claim' });

    const meta = h('div', { class: 'claim-meta' });
    if (claim.claimant) meta.append(h('span', { class: 'claimant', text: claim.claimant }));
    meta.append(h('span', { class: 'badge badge-lang', text: claim.language || '?', title: 'language' }));
    const link = documentLink(claim.document);
    if (link) meta.append(link);
    else if (claim.document?.title) meta.append(h('span', { class: 'doc-title', text: claim.document.title }));

    const error = this.rowErrors.get(claim.id);
    tr.append(
      h('td', { class: 'col-select' }, check),
      h('td', { class: 'col-claim' }, h('p', { class: 'claim-text', lang: claim.language || undefined, text: claim.text }), meta, error ? h('p', { class: 'row-error', role: 'alert', 'data-testid': 'row-error', text: error }) : null),
      h(
        'td',
        { class: 'col-source' },
        h('span', { class: 'source-name', text: claim.source.name }),
        claim.source.platform ? h('span', { class: 'muted', text: claim.source.platform }) : null,
        claim.document?.author ? h('span', { class: 'muted doc-author', 'data-testid': 'doc-author', text: `posted by ${claim.document.author}` }) : null,
      ),
      h('td', { class: 'col-date' }, h('time', { datetime: claim.publishedAt, text: formatDateTime(claim.publishedAt) })),
      h('td', { class: 'col-tags' }, this.renderTags(claim, top)),
      h('td', { class: 'col-actions' }, this.renderActions(claim, top, busy)),
    );
    const old = this.rows.get(claim.id);
    const hadFocus = !!old && old.contains(document.activeElement);
    if (old?.parentNode) old.replaceWith(tr);
    if (hadFocus) tr.focus({ preventScroll: true });
    this.rows.set(claim.id, tr);
    return tr;
  }

  private renderTags(claim: Claim, top: ClaimTag | null): HTMLElement {
    const list = h('ul', { class: 'tag-list', 'aria-label': 'Narrative tags' });
    const tags = sortedTags(claim.tags);
    const evidence = this.evidenceFor(claim);
    for (const t of tags) {
      const pct = Math.round(t.confidence * 100);
      const bar = h('span', { class: 'confidence-bar', 'aria-hidden': 'true' }, h('span', { class: 'confidence-fill' }));
      (bar.firstElementChild as HTMLElement).style.width = `${Math.max(2, Math.min(100, pct))}%`;
      const item = h(
        'li',
        { class: `tag tag-${t.status.toLowerCase()}${t === top ? ' tag-top' : ''}`, 'data-narrative-id': t.narrative.id, 'data-status': t.status, 'data-testid': 'claim-tag' },
        h('a', { class: 'tag-name', href: href(['narrative', t.narrative.id]), text: t.narrative.name }),
        h('span', { class: 'tag-status', text: t.status.toLowerCase() }),
        h('span', { class: 'tag-stance', text: STANCE_LABEL[t.stance] ?? t.stance }),
        t.status === 'SUGGESTED' ? h('span', { class: 'tag-confidence', title: `confidence ${pct}%` }, bar, h('span', { text: `${pct}%` })) : null,
        t.status === 'CONFIRMED'
          ? h('button', { type: 'button', class: 'tag-remove', text: '×', 'aria-label': `Remove tag ${t.narrative.name}`, 'data-action': 'untag', 'data-narrative-id': t.narrative.id, 'data-testid': 'untag' })
          : null,
      );
      // the evidence stored with the tag says why it was suggested; a recomputed one may differ
      const stored = t.evidence?.length ? t.evidence : null;
      const ev = stored ?? evidence.get(t.narrative.id);
      if (ev?.length && t.status !== 'REJECTED') item.append(evidenceBox(ev, !!stored));
      list.append(item);
    }
    if (!tags.length) list.append(h('li', { class: 'muted', text: 'untagged' }));
    const state = this.explanations.get(claim.id);
    if (state === 'loading') list.append(h('li', { class: 'muted', role: 'status', text: 'Looking for evidence…' }));
    else if (typeof state === 'string') list.append(h('li', { class: 'error-text', role: 'alert', text: state }));
    else if (Array.isArray(state)) {
      const extra = state.filter((s) => !claim.tags.some((t) => t.narrative.id === s.narrative.id));
      if (extra.length) list.append(h('li', { class: 'muted', text: `Also close: ${extra.map((s) => `${s.narrative.name} (${Math.round(s.score * 100)}%)`).join(', ')}` }));
      if (!state.length) list.append(h('li', { class: 'muted', text: 'The engine finds no close narrative.' }));
    }
    return list;
  }

  private evidenceFor(claim: Claim): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const s of claim.suggestions ?? []) out.set(s.narrative.id, s.evidence);
    const ex = this.explanations.get(claim.id);
    if (Array.isArray(ex)) for (const s of ex) if (!out.has(s.narrative.id)) out.set(s.narrative.id, s.evidence);
    return out;
  }

  private renderActions(claim: Claim, top: ClaimTag | null, busy: boolean): HTMLElement {
    const box = h('div', { class: 'actions' });
    const primary = top ?? claim.tags.find((t) => t.status === 'CONFIRMED') ?? null;
    if (top) {
      box.append(
        h('button', { type: 'button', class: 'btn btn-small btn-confirm', 'data-testid': 'confirm-tag', 'data-action': 'confirm', disabled: busy, 'aria-label': `Confirm narrative ${top.narrative.name}`, text: '✓ Confirm' }),
        h('button', { type: 'button', class: 'btn btn-small btn-reject', 'data-testid': 'reject-tag', 'data-action': 'reject', disabled: busy, 'aria-label': `Reject narrative ${top.narrative.name}`, text: '✗ Reject' }),
      );
    }
    if (primary) {
      const stance = h('select', { class: 'stance-select', 'aria-label': `Stance toward ${primary.narrative.name}`, 'data-testid': 'stance-select', disabled: busy }, STANCES.map((s) => option(s, STANCE_LABEL[s])));
      stance.value = this.stanceChoice.get(claim.id) ?? primary.stance;
      stance.addEventListener('change', () => {
        const value = stance.value as Stance;
        this.stanceChoice.set(claim.id, value);
        // on a confirmed tag the stance is saved at once; on a suggestion it goes with "confirm"
        if (primary.status === 'CONFIRMED') void this.run([{ kind: 'confirm', claimId: claim.id, narrativeId: primary.narrative.id, stance: value }]);
      });
      box.append(stance);
    }
    const change = h('select', { class: 'change-select', 'aria-label': 'Tag with another narrative', 'data-testid': 'change-narrative', disabled: busy || !this.narratives.length }, option('', top ? 'Change narrative…' : 'Tag as…'));
    // options are added on first use: fifty rows × every narrative would be a lot of DOM
    const fill = () => {
      if (change.options.length === 1) change.append(...narrativeOptions(this.narratives));
    };
    change.addEventListener('focus', fill);
    change.addEventListener('pointerdown', fill);
    change.addEventListener('change', () => {
      const narrativeId = change.value;
      if (!narrativeId) return;
      const stance = this.stanceChoice.get(claim.id) ?? top?.stance;
      const actions: TagAction[] = [{ kind: 'confirm', claimId: claim.id, narrativeId, stance }];
      if (top && top.narrative.id !== narrativeId) actions.push({ kind: 'reject', claimId: claim.id, narrativeId: top.narrative.id });
      void this.run(actions);
    });
    box.append(change);
    // asks the engine now: for rows whose tags carry no stored evidence (untagged, tagged by hand, older servers)
    if (!claim.suggestions && !hasStoredEvidence(claim)) box.append(h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'data-action': 'explain', text: 'Why?', 'aria-label': 'Show why the engine suggests narratives for this claim' }));
    return box;
  }

  private onTableFocus(e: FocusEvent): void {
    const id = (e.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-claim-id]')?.dataset.claimId;
    const index = id ? this.claims.findIndex((c) => c.id === id) : -1;
    if (index >= 0 && index !== this.active) this.setActive(index, false);
  }

  private onTableClick(e: Event): void {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLTableRowElement>('tr[data-claim-id]');
    if (!row) return;
    const id = row.dataset.claimId!;
    const claim = this.claims.find((c) => c.id === id);
    if (!claim) return;
    this.setActive(this.claims.indexOf(claim), false);
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    switch (action) {
      case 'select':
        this.setSelected(id, (target as HTMLInputElement).checked);
        break;
      case 'confirm':
      case 'reject':
        void this.actOn(claim, action);
        break;
      case 'untag': {
        const narrativeId = target.closest<HTMLElement>('[data-narrative-id]')?.dataset.narrativeId;
        if (narrativeId) void this.run([{ kind: 'untag', claimId: id, narrativeId }]);
        break;
      }
      case 'explain':
        void this.explain(claim);
        break;
    }
  }

  // ---- actions -------------------------------------------------------------------------------

  private actionFor(claim: Claim, kind: 'confirm' | 'reject'): TagAction | null {
    const top = topSuggestion(claim);
    if (!top) return null;
    return kind === 'confirm'
      ? { kind, claimId: claim.id, narrativeId: top.narrative.id, stance: this.stanceChoice.get(claim.id) ?? top.stance }
      : { kind, claimId: claim.id, narrativeId: top.narrative.id };
  }

  private async actOn(claim: Claim, kind: 'confirm' | 'reject'): Promise<void> {
    if (this.pending.has(claim.id)) return;
    const action = this.actionFor(claim, kind);
    if (!action) {
      toast('This claim has no suggestion to ' + kind + '.', 'info');
      return;
    }
    await this.run([action]);
  }

  private actOnActive(kind: 'confirm' | 'reject'): void {
    const claim = this.claims[this.active];
    if (claim) void this.actOn(claim, kind);
    else toast('Move to a claim first (j / k).', 'info');
  }

  private async bulk(kind: 'confirm' | 'reject'): Promise<void> {
    const claims = this.claims.filter((c) => this.selected.has(c.id) && !this.pending.has(c.id));
    const actions = claims.map((c) => this.actionFor(c, kind)).filter((a): a is TagAction => !!a);
    if (!actions.length) {
      toast(this.selected.size ? 'None of the selected claims has a suggestion.' : 'Select claims first (x or the checkboxes).', 'info');
      return;
    }
    const ok = await this.run(actions);
    if (ok === actions.length) {
      toast(`${kind === 'confirm' ? 'Confirmed' : 'Rejected'} ${ok} suggestion${ok === 1 ? '' : 's'}.`, 'success');
      this.toggleAll(false);
    }
  }

  /** Applies actions optimistically, sends them in one request, rolls back what the server refuses. */
  private async run(actions: TagAction[]): Promise<number> {
    const ids = [...new Set(actions.map((a) => a.claimId))];
    const snapshot = new Map<string, ClaimTag[]>();
    for (const id of ids) {
      const claim = this.claims.find((c) => c.id === id);
      if (!claim) continue;
      snapshot.set(id, claim.tags);
      for (const a of actions.filter((x) => x.claimId === id)) claim.tags = applyAction(claim.tags, a, this.narrativeRefs);
      this.pending.add(id);
      this.rowErrors.delete(id);
      this.renderRow(claim);
    }
    const results = await runTagActions(actions);
    let ok = 0;
    const failures: GraphQLRequestError[] = [];
    for (const id of ids) {
      const claim = this.claims.find((c) => c.id === id);
      this.pending.delete(id);
      if (!claim) continue;
      const mine = results.filter((r) => r.action.claimId === id);
      const failed = mine.filter((r) => r.error);
      if (failed.length) {
        // roll back to what the server holds: the snapshot plus the changes it did accept
        let tags = snapshot.get(id) ?? claim.tags;
        for (const r of mine) if (!r.error) tags = r.tag ? mergeServerTag(tags, r.tag) : applyAction(tags, r.action, this.narrativeRefs);
        claim.tags = tags;
        this.rowErrors.set(id, `Not saved: ${errorMessage(failed[0].error)}`);
        failures.push(failed[0].error!);
      } else {
        for (const r of mine) if (r.tag) claim.tags = mergeServerTag(claim.tags, r.tag);
      }
      ok += mine.length - failed.length;
      this.renderRow(claim);
    }
    if (failures.length) toast(failureText(failures), 'error');
    this.updateBulk();
    return ok;
  }

  private async explain(claim: Claim): Promise<void> {
    this.explanations.set(claim.id, 'loading');
    this.renderRow(claim);
    try {
      this.explanations.set(claim.id, await suggestNarratives(claim.text, claim.language, 5));
    } catch (err) {
      this.explanations.set(claim.id, `No explanation: ${errorMessage(err)}`);
    }
    this.renderRow(claim);
  }

  // ---- selection and focus -------------------------------------------------------------------

  private setSelected(id: string, on: boolean): void {
    if (on) this.selected.add(id);
    else this.selected.delete(id);
    const row = this.rows.get(id);
    row?.classList.toggle('is-selected', on);
    const box = row?.querySelector<HTMLInputElement>('input[data-action="select"]');
    if (box) box.checked = on;
    this.updateBulk();
  }

  private toggleAll(on: boolean): void {
    for (const c of this.claims) this.setSelected(c.id, on);
  }

  private toggleActiveSelection(): void {
    const claim = this.claims[this.active];
    if (claim) this.setSelected(claim.id, !this.selected.has(claim.id));
  }

  private updateBulk(): void {
    const n = this.selected.size;
    this.bulkCount.textContent = n ? `${n} selected` : 'No claim selected';
    this.bulkConfirm.disabled = this.bulkReject.disabled = n === 0;
    this.bulkConfirm.textContent = n ? `Confirm ${n}` : 'Confirm selected';
    this.bulkReject.textContent = n ? `Reject ${n}` : 'Reject selected';
    this.selectAll.checked = n > 0 && n === this.claims.length;
    this.selectAll.indeterminate = n > 0 && n < this.claims.length;
  }

  private move(delta: number): void {
    if (!this.claims.length) return;
    const next = this.active < 0 ? 0 : Math.max(0, Math.min(this.claims.length - 1, this.active + delta));
    this.setActive(next, true);
    if (delta > 0 && next === this.claims.length - 1 && this.hasNext) void this.load(true);
  }

  private setActive(index: number, focus: boolean): void {
    const prev = this.claims[this.active];
    if (prev) this.rows.get(prev.id)?.classList.remove('is-active');
    this.active = index;
    const claim = this.claims[index];
    const row = claim && this.rows.get(claim.id);
    if (!row) return;
    row.classList.add('is-active');
    if (focus) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
    }
  }

  private toggleHelp(): void {
    if (this.help.open) this.help.close();
    else this.help.showModal();
  }
}

/** Evidence lines shown at once under a tag; the rest open on demand, so rows stay short. */
const EVIDENCE_SHOWN = 2;

/** A tag's evidence: the first lines, then the rest behind a disclosure. `stored`: saved with the tag, not recomputed now. */
function evidenceBox(lines: string[], stored: boolean): HTMLElement {
  const item = (e: string) => h('li', { text: e });
  const rest = lines.slice(EVIDENCE_SHOWN);
  return h(
    'div',
    {
      class: `evidence-box${stored ? '' : ' evidence-live'}`,
      'data-testid': 'tag-evidence',
      'data-evidence': stored ? 'stored' : 'recomputed',
      title: stored ? undefined : 'Recomputed now by the engine; the stored reasons may differ',
    },
    h('ul', { class: 'evidence', 'aria-label': stored ? 'Evidence' : 'Evidence, recomputed now' }, lines.slice(0, EVIDENCE_SHOWN).map(item)),
    rest.length
      ? h('details', { class: 'evidence-more' }, h('summary', { text: `${rest.length} more reason${rest.length === 1 ? '' : 's'}` }), h('ul', { class: 'evidence' }, rest.map(item)))
      : null,
  );
}

function hasStoredEvidence(claim: Claim): boolean {
  return claim.tags.some((t) => t.status !== 'REJECTED' && !!t.evidence?.length);
}

/** The toast after failed tag changes: refused by the server, or never delivered to it. */
function failureText(failures: GraphQLRequestError[]): string {
  const what = failures.length === 1 ? 'the change' : `${failures.length} changes`;
  const first = failures[0];
  if (first.unreachable) return `Could not reach the server: ${what} ${failures.length === 1 ? 'was' : 'were'} not saved. Retry when it is back.`;
  return `The server refused ${what}: ${errorMessage(first)}`;
}
