/** Narratives ranked by claims in the period, with change vs the previous period and chart toggles. */
import type { Narrative } from '../api/types';
import { href } from '../app/router';
import { h, replaceChildren } from '../common/dom';
import type { NarrativeColours } from '../common/palette';

export interface RankedNarrative { narrative: Narrative; total: number | null; previous: number | null }

export class NarrativeRanking {
  readonly el: HTMLElement;
  private readonly list = h('ol', { class: 'narrative-list', 'data-testid': 'narrative-list', 'aria-label': 'Narratives ranked by claims in the period' });
  private readonly status = h('div', { class: 'ranking-status' });
  private rows: RankedNarrative[] = [];
  private selected = new Set<string>();
  private colours: NarrativeColours | null = null;

  constructor(private readonly onSelect: (ids: string[]) => void) {
    const tools = h(
      'div',
      { class: 'ranking-tools', role: 'group', 'aria-label': 'Chart selection' },
      h('span', { class: 'muted', text: 'Chart:' }),
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', text: 'Top 5', onclick: () => this.choose(this.rows.slice(0, 5)) }),
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', text: 'Top 20', onclick: () => this.choose(this.rows.slice(0, 20)) }),
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', text: 'None', onclick: () => this.choose([]) }),
    );
    this.el = h('div', { class: 'ranking' }, tools, this.status, this.list);
    replaceChildren(this.status, h('div', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading narratives…'));
  }

  setColours(c: NarrativeColours): void {
    this.colours = c;
  }

  setError(text: string): void {
    if (this.rows.length) return;
    replaceChildren(this.status, h('div', { class: 'state state-error', role: 'alert', text: `Could not load narratives: ${text}` }));
  }

  setSelection(ids: string[]): void {
    this.selected = new Set(ids);
    for (const li of this.list.querySelectorAll<HTMLLIElement>('li[data-narrative-id]')) {
      const box = li.querySelector<HTMLInputElement>('input[type=checkbox]');
      if (box) box.checked = this.selected.has(li.dataset.narrativeId!);
    }
  }

  render(rows: RankedNarrative[], selected: string[]): void {
    this.rows = rows;
    this.selected = new Set(selected);
    replaceChildren(this.status, rows.length ? null : h('div', { class: 'state state-empty', role: 'status' }, 'No narratives yet. ', h('a', { href: href('editor/new'), text: 'Create the first one' }), '.'));
    replaceChildren(this.list, rows.map((r) => this.item(r)));
  }

  private item(r: RankedNarrative): HTMLLIElement {
    const n = r.narrative;
    const style = this.colours?.style(n.id);
    const swatch = h('span', { class: `swatch${style?.dash.length ? ' swatch-dashed' : ''}`, 'aria-hidden': 'true' });
    if (style) swatch.style.backgroundColor = style.color;
    const box = h('input', { type: 'checkbox', checked: this.selected.has(n.id), 'aria-label': `Show ${n.name} on the chart` });
    box.addEventListener('change', () => {
      if (box.checked) this.selected.add(n.id);
      else this.selected.delete(n.id);
      this.onSelect(this.rows.map((x) => x.narrative.id).filter((id) => this.selected.has(id)));
    });
    const change = changeLabel(r.total, r.previous);
    return h(
      'li',
      { 'data-narrative-id': n.id, 'data-testid': 'narrative-item', class: 'narrative-item' },
      h('label', { class: 'narrative-toggle' }, box, swatch),
      h(
        'div',
        { class: 'narrative-main' },
        h('a', { class: 'narrative-name', href: href(['narrative', n.id]), text: n.name }),
        n.parent ? h('span', { class: 'muted narrative-parent', text: `in ${n.parent.name}` }) : null,
      ),
      h('span', { class: 'narrative-total', 'aria-label': r.total === null ? 'total loading' : `${r.total} claims in the period`, text: r.total === null ? '…' : String(r.total) }),
      h('span', { class: `narrative-change ${change.cls}`, 'aria-label': change.aria, text: change.text }),
    );
  }

  private choose(rows: RankedNarrative[]): void {
    this.setSelection(rows.map((r) => r.narrative.id));
    this.onSelect(rows.map((r) => r.narrative.id));
  }
}

export function changeLabel(total: number | null, previous: number | null): { text: string; cls: string; aria: string } {
  if (total === null || previous === null) return { text: '', cls: '', aria: '' };
  const diff = total - previous;
  if (previous === 0 && total === 0) return { text: '–', cls: 'flat', aria: 'no claims in either period' };
  if (previous === 0) return { text: `new +${total}`, cls: 'up', aria: `new: ${total} claims, none in the previous period` };
  const pct = Math.round((100 * diff) / previous);
  if (diff === 0) return { text: '±0', cls: 'flat', aria: 'unchanged from the previous period' };
  const arrow = diff > 0 ? '▲' : '▼';
  return {
    text: `${arrow} ${diff > 0 ? '+' : ''}${pct}%`,
    cls: diff > 0 ? 'up' : 'down',
    aria: `${diff > 0 ? 'up' : 'down'} ${Math.abs(pct)}% (${diff > 0 ? '+' : ''}${diff}) on the previous period`,
  };
}
