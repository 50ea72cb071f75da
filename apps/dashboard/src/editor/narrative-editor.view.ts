/** Create or edit a narrative, with a live preview of what its rule (or keywords) would match. */
import { capabilities } from '../api/capabilities';
import { createNarrative, previewKeywords, previewRule, updateNarrative, type NarrativeForm } from '../api/narratrace-api';
import { errorMessage, GraphQLRequestError, isAbort } from '../api/graphql-client';
import type { Claim, Narrative } from '../api/types';
import { href, navigate } from '../app/router';
import { getDefaultRange, getNarratives, invalidateNarratives } from '../app/store';
import type { View } from '../app/view';
import { apiRange, formatDateTime, fromDateInput, toDateInput } from '../common/dates';
import { debounce, emptyState, errorState, field, h, option, replaceChildren, spinner } from '../common/dom';
import { toast } from '../common/toast';
import { narrativeOptions } from '../review/review-filters';

export class NarrativeEditorView implements View {
  readonly el: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly name = h('input', { type: 'text', required: true, maxlength: 200, name: 'name', 'data-testid': 'editor-name', autocomplete: 'off' });
  private readonly slug = h('input', { type: 'text', required: true, maxlength: 120, pattern: '[a-z0-9]+(-[a-z0-9]+)*', name: 'slug', 'data-testid': 'editor-slug', autocomplete: 'off', title: 'lower-case letters, digits and dashes' });
  private readonly description = h('textarea', { rows: 3, name: 'description', 'data-testid': 'editor-description' });
  private readonly parent = h('select', { name: 'parent', 'data-testid': 'editor-parent' }, option('', '— none (top level) —'));
  private readonly keywords = h('textarea', { rows: 3, name: 'keywords', 'data-testid': 'editor-keywords', placeholder: 'one per line or comma-separated, e.g.\ncollapse\nкапитуляция' });
  private readonly rule = h('textarea', { rows: 4, name: 'rule', class: 'mono', 'data-testid': 'editor-rule', spellcheck: false, placeholder: 'e.g. (collapse OR capitulation) AND ukraine' });
  private readonly message = h('div', { class: 'form-message' });
  private readonly save = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'editor-save', text: 'Save' });
  private readonly previewFrom = h('input', { type: 'date', 'aria-label': 'Preview from' });
  private readonly previewTo = h('input', { type: 'date', 'aria-label': 'Preview to' });
  // not a live region: only its summary line (role=status) is announced, not the sample claims
  private readonly preview = h('div', { class: 'preview', 'data-testid': 'rule-preview' });
  private existing: Narrative | null = null;
  private slugTouched = false;
  private keywordsDirty = false;
  private ruleDirty = false;
  private parentDirty = false;
  private previewAbort: AbortController | null = null;
  private readonly schedulePreview = debounce(() => void this.runPreview(), 450);

  constructor(private readonly id: string | null, params: URLSearchParams) {
    const isNew = id === null;
    this.form = h(
      'form',
      { class: 'editor-form', 'aria-labelledby': 'nt-editor-title', novalidate: true },
      field('Name', this.name),
      isNew ? h('label', { class: 'field' }, h('span', { class: 'field-label', text: 'Slug' }), this.slug, h('span', { class: 'help', text: 'Permanent identifier; made from the name unless you change it.' })) : null,
      field('Description', this.description),
      field('Parent narrative', this.parent),
      h('label', { class: 'field' }, h('span', { class: 'field-label', text: 'Keywords' }), this.keywords, h('span', { class: 'help', text: 'Terms in any language that point to this narrative.' })),
      h('label', { class: 'field' }, h('span', { class: 'field-label', text: 'Rule' }), this.rule, h('span', { class: 'help', text: 'Matching rule evaluated by the engine on new claims. Preview on the right.' })),
      this.message,
      h('div', { class: 'form-actions' }, this.save, h('a', { class: 'btn btn-ghost', href: isNew ? href([]) : href(['narrative', id!]), text: 'Cancel' })),
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
    this.name.addEventListener('input', () => {
      if (isNew && !this.slugTouched) this.slug.value = slugify(this.name.value);
    });
    this.slug.addEventListener('input', () => (this.slugTouched = true));
    this.keywords.addEventListener('input', () => {
      this.keywordsDirty = true;
      this.schedulePreview();
    });
    this.rule.addEventListener('input', () => {
      this.ruleDirty = true;
      this.schedulePreview();
    });
    this.parent.addEventListener('change', () => (this.parentDirty = true));
    this.previewFrom.addEventListener('change', () => this.schedulePreview());
    this.previewTo.addEventListener('change', () => this.schedulePreview());

    this.el = h(
      'div',
      { class: 'editor-page' },
      h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: href([]), text: 'Overview' }), ' › ', h('span', { text: isNew ? 'New narrative' : 'Edit narrative' })),
      h(
        'div',
        { class: 'two-col editor-grid' },
        h('section', { class: 'panel' }, h('h1', { id: 'nt-editor-title', text: isNew ? 'New narrative' : 'Edit narrative' }), this.form),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'nt-preview-title' },
          h('h2', { id: 'nt-preview-title', text: 'Live preview' }),
          h('div', { class: 'preview-range' }, field('From', this.previewFrom), field('To', this.previewTo)),
          this.preview,
        ),
      ),
    );
    replaceChildren(this.preview, emptyState('Type a rule or keywords to see what they match.'));
    void this.init(params.get('parent'));
  }

  destroy(): void {
    this.schedulePreview.cancel();
    this.previewAbort?.abort();
  }

  private async init(parentSlug: string | null): Promise<void> {
    try {
      const [list, range, caps] = await Promise.all([getNarratives(true), getDefaultRange().catch(() => null), capabilities()]);
      if (range) {
        this.previewFrom.value = toDateInput(range.fromDay);
        this.previewTo.value = toDateInput(range.toDay);
      }
      if (this.id !== null) {
        const n = list.find((x) => x.id === this.id) ?? null;
        if (!n) {
          replaceChildren(this.form, errorState(`There is no narrative with id ${this.id}.`));
          return;
        }
        this.existing = n;
        this.name.value = n.name;
        this.description.value = n.description ?? '';
        this.keywords.value = (n.keywords ?? []).join('\n');
        this.rule.value = n.rule ?? '';
        if (!caps.narrativeKeywords || !caps.narrativeRule) {
          this.message.append(h('p', { class: 'help', text: 'This server does not show stored keywords and rules: leave those fields empty to keep them, or type new ones to replace them.' }));
        }
      }
      const exclude = new Set(this.id ? descendants(list, this.id) : []);
      this.parent.replaceChildren(option('', '— none (top level) —'), ...narrativeOptions(list.filter((n) => !exclude.has(n.id))).map((o) => {
        const n = list.find((x) => x.id === o.value)!;
        o.value = n.slug;
        return o;
      }));
      this.parent.value = this.existing?.parent?.slug ?? parentSlug ?? '';
      if (this.rule.value || this.keywords.value) void this.runPreview();
      // Focus the name only if the analyst has not started on a field meanwhile: focus jumping
      // while they type would drop the rest of their text into the name.
      if (!this.form.contains(document.activeElement)) this.name.focus();
    } catch (err) {
      replaceChildren(this.message, errorState(`Could not load narratives: ${errorMessage(err)}`));
    }
  }

  private async submit(): Promise<void> {
    replaceChildren(this.message);
    for (const c of [this.name, this.slug]) c.removeAttribute('aria-invalid');
    if (!this.name.value.trim()) return this.invalid(this.name, 'A name is required.');
    if (this.id === null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(this.slug.value)) return this.invalid(this.slug, 'The slug may hold lower-case letters, digits and single dashes.');
    const keywords = this.keywords.value.split(/[\n,]/).map((k) => k.trim()).filter(Boolean);
    const rule = this.rule.value.trim();
    const caps = await capabilities();
    const isNew = this.id === null;
    const input: NarrativeForm = { name: this.name.value.trim(), description: this.description.value.trim() || null };
    // On update an empty string removes the parent or rule; fields the server does not show
    // are sent only when typed into, so unseen values are never wiped.
    if (isNew) {
      if (this.parent.value) input.parentSlug = this.parent.value;
      input.keywords = keywords;
      if (rule) input.rule = rule;
    } else {
      if (this.parentDirty) input.parentSlug = this.parent.value;
      if (caps.narrativeKeywords || this.keywordsDirty) input.keywords = keywords;
      if (caps.narrativeRule || this.ruleDirty) input.rule = rule;
    }
    this.save.disabled = true;
    this.save.textContent = 'Saving…';
    try {
      const saved = this.id === null ? await createNarrative({ ...input, slug: this.slug.value }) : await updateNarrative(this.id, input);
      invalidateNarratives();
      toast(`Saved “${saved.name}”.`, 'success');
      navigate(['narrative', saved.id]);
    } catch (err) {
      const field = err instanceof GraphQLRequestError ? (err.errors[0]?.extensions?.field as string | undefined) : undefined;
      const target = field && /slug/i.test(field) ? this.slug : field && /name/i.test(field) ? this.name : null;
      if (target) target.setAttribute('aria-invalid', 'true');
      replaceChildren(this.message, h('p', { class: 'error-text', role: 'alert', 'data-testid': 'editor-error', text: `Not saved: ${errorMessage(err)}` }));
    } finally {
      this.save.disabled = false;
      this.save.textContent = 'Save';
    }
  }

  private invalid(el: HTMLElement, text: string): void {
    el.setAttribute('aria-invalid', 'true');
    replaceChildren(this.message, h('p', { class: 'error-text', role: 'alert', 'data-testid': 'editor-error', text }));
    el.focus();
  }

  private async runPreview(): Promise<void> {
    this.previewAbort?.abort();
    const abort = (this.previewAbort = new AbortController());
    const rule = this.rule.value.trim();
    const keywords = this.keywords.value.split(/[\n,]/).map((k) => k.trim()).filter(Boolean);
    const fromDay = fromDateInput(this.previewFrom.value);
    const toDay = fromDateInput(this.previewTo.value);
    if (fromDay === null || toDay === null || fromDay > toDay) {
      replaceChildren(this.preview, errorState('Pick a valid preview range.'));
      return;
    }
    const { from, to } = apiRange({ fromDay, toDay });
    if (!rule && !keywords.length) {
      replaceChildren(this.preview, emptyState('Type a rule or keywords to see what they match.'));
      return;
    }
    replaceChildren(this.preview, spinner('Matching…'));
    try {
      const caps = await capabilities();
      const server = rule && caps.previewRule ? await previewRule(rule, from, to, abort.signal) : null;
      if (abort.signal.aborted) return;
      if (server) {
        replaceChildren(
          this.preview,
          h('p', { class: 'preview-count', role: 'status', 'data-testid': 'preview-count', text: server.count === null ? 'Rule accepted.' : `${server.count} claim${server.count === 1 ? '' : 's'} match the rule in this range.` }),
          sampleList(server.sample),
        );
        return;
      }
      const results = await previewKeywords(keywords.length ? keywords : rule.split(/\s+/).filter((w) => w.length > 2 && !/^(AND|OR|NOT)$/i.test(w)).slice(0, 6), from, to, abort.signal);
      if (abort.signal.aborted) return;
      replaceChildren(
        this.preview,
        h('p', { class: 'help', role: 'status', text: fallbackNote(rule, keywords) }),
        h('ul', { class: 'keyword-preview', 'data-testid': 'preview-count' }, results.map((r) => h('li', {}, h('strong', { text: r.keyword }), `: ${r.count} claim${r.count === 1 ? '' : 's'}`, sampleList(r.sample)))),
      );
    } catch (err) {
      if (isAbort(err)) return;
      replaceChildren(this.preview, errorState(`Preview failed: ${errorMessage(err)}`));
    }
  }
}

/** Why the preview shows full-text matches, which only a missing previewRule makes a substitute for a rule. */
function fallbackNote(rule: string, keywords: string[]): string {
  if (!rule) return 'No rule yet: showing full-text matches for each keyword.';
  return `This server has no rule preview: showing full-text matches for each ${keywords.length ? 'keyword' : 'word of the rule'} instead.`;
}

function sampleList(sample: Partial<Claim>[]): HTMLElement | null {
  if (!sample.length) return null;
  return h(
    'ul',
    { class: 'sample-list' },
    sample.slice(0, 10).map((c) =>
      h('li', {}, h('span', { class: 'claim-text', text: c.text ?? JSON.stringify(c) }), c.publishedAt ? h('span', { class: 'muted', text: ` — ${c.source?.name ? `${c.source.name}, ` : ''}${formatDateTime(c.publishedAt)}` }) : null),
    ),
  );
}

function descendants(list: Narrative[], id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const n of list) if (n.parent?.id === out[i] && !out.includes(n.id)) out.push(n.id);
  return out;
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
