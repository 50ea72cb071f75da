/**
 * A small GraphQL explorer: schema from introspection, a documentation browser, a query editor
 * with colouring, completion and live validation, variables, history, and the admin token
 * shared with the dashboard. Runs under the same strict CSP as the dashboard.
 */
import {
  buildClientSchema, getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType,
  isUnionType, parse, print, validate, type GraphQLNamedType, type GraphQLSchema, type GraphQLType, type IntrospectionQuery, type OperationDefinitionNode,
} from 'graphql';
import { getAdminToken, requestHeaders, setAdminToken } from '../common/browser-settings';
import { h, replaceChildren } from '../common/dom';
import { highlightGraphQL, highlightJson } from './highlight';
import { completionsAt, type Completion, type CompletionContext } from './query-context';

const STORE = { query: 'narratrace.explorer.query', variables: 'narratrace.explorer.variables', history: 'narratrace.explorer.history' };

const DEFAULT_QUERY = `# Narratrace GraphQL explorer
# Ctrl+Enter runs, Ctrl+Space completes, Shift+Ctrl+P prettifies.
query Narratives {
  narratives {
    id
    slug
    name
    claimCount
    children { id name }
  }
}
`;

function load(key: string, fallback: string): string {
  try {
    return localStorage.getItem(key) ?? fallback;
  } catch {
    return fallback;
  }
}
function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage disabled */
  }
}

/** A textarea with a coloured <pre> behind it; the textarea keeps native editing and a11y. */
class CodeEditor {
  readonly el: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  private readonly pre = h('pre', { class: 'code-highlight', 'aria-hidden': 'true' });

  constructor(label: string, value: string, private readonly paint: (text: string, into: HTMLElement) => void, testid: string) {
    this.textarea = h('textarea', { class: 'code-input', spellcheck: false, autocapitalize: 'off', autocomplete: 'off', 'aria-label': label, 'data-testid': testid, wrap: 'off' });
    this.textarea.value = value;
    this.el = h('div', { class: 'code-editor' }, this.pre, this.textarea);
    this.textarea.addEventListener('input', () => this.refresh());
    this.textarea.addEventListener('scroll', () => {
      this.pre.scrollTop = this.textarea.scrollTop;
      this.pre.scrollLeft = this.textarea.scrollLeft;
    });
    this.textarea.addEventListener('keydown', (e) => {
      if (e.key === 'Tab' && !e.defaultPrevented && !e.shiftKey) {
        e.preventDefault();
        this.insert('  ');
      }
    });
    this.refresh();
  }

  get value(): string {
    return this.textarea.value;
  }

  set value(v: string) {
    this.textarea.value = v;
    this.refresh();
  }

  refresh(): void {
    this.paint(this.textarea.value, this.pre);
  }

  insert(text: string, from = this.textarea.selectionStart, to = this.textarea.selectionEnd, caretOffset = text.length): void {
    this.textarea.setRangeText(text, from, to, 'end');
    this.textarea.selectionStart = this.textarea.selectionEnd = from + caretOffset;
    this.textarea.dispatchEvent(new Event('input'));
  }

  /** Pixel position of the caret, measured on a mirror of the text in the overlay. */
  caretPosition(): { left: number; top: number } {
    const mirror = h('pre', { class: 'code-highlight code-mirror', 'aria-hidden': 'true' });
    mirror.textContent = this.textarea.value.slice(0, this.textarea.selectionStart);
    const mark = h('span', { text: '\u200b' });
    mirror.append(mark);
    this.el.append(mirror);
    const top = mark.offsetTop - this.textarea.scrollTop;
    const left = mark.offsetLeft - this.textarea.scrollLeft;
    mirror.remove();
    return { left, top };
  }
}

export class Explorer {
  private schema: GraphQLSchema | null = null;
  private readonly query: CodeEditor;
  private readonly variables: CodeEditor;
  private readonly result = h('pre', { class: 'result', 'data-testid': 'explorer-result', 'aria-live': 'polite', tabindex: 0, 'aria-label': 'Result' });
  private readonly resultMeta = h('span', { class: 'result-meta' });
  private readonly diagnostics = h('div', { class: 'diagnostics', role: 'status', 'aria-live': 'polite' });
  private readonly operation = h('select', { class: 'operation-select', 'aria-label': 'Operation to run', hidden: true });
  private readonly runButton = h('button', { type: 'button', class: 'btn btn-primary', text: '▶ Run', title: 'Run (Ctrl+Enter)', 'data-testid': 'explorer-run' });
  private readonly docs = h('div', { class: 'docs-body' });
  private readonly docSearch = h('input', { type: 'search', placeholder: 'Search the schema…', 'aria-label': 'Search types and fields' });
  private readonly history = h('select', { class: 'history-select', 'aria-label': 'History' });
  private readonly popup = h('ul', { class: 'completions', role: 'listbox', 'aria-label': 'Completions', hidden: true });
  private completion: (CompletionContext & { index: number }) | null = null;
  private docStack: GraphQLNamedType[] = [];
  private running: AbortController | null = null;

  constructor(host: HTMLElement) {
    const params = new URLSearchParams(location.search);
    this.query = new CodeEditor('GraphQL query', params.get('query') ?? load(STORE.query, DEFAULT_QUERY), highlightGraphQL, 'explorer-query');
    this.variables = new CodeEditor('Variables (JSON)', params.get('variables') ?? load(STORE.variables, '{}'), highlightJson, 'explorer-variables');
    this.query.el.append(this.popup);

    const token = h('input', { type: 'password', class: 'token-input', placeholder: 'admin token', autocomplete: 'off', 'aria-label': 'Admin token for mutations', value: getAdminToken() });
    token.addEventListener('change', () => setAdminToken(token.value.trim()));

    this.runButton.addEventListener('click', () => void this.run());
    const prettify = h('button', { type: 'button', class: 'btn', text: 'Prettify', title: 'Shift+Ctrl+P', onclick: () => this.prettify() });
    const copy = h('button', { type: 'button', class: 'btn', text: 'Copy link', title: 'Copy a link that opens this query', onclick: () => this.copyLink() });
    this.history.addEventListener('change', () => {
      const entry = this.loadHistory()[Number(this.history.value)];
      if (entry) {
        this.query.value = entry.query;
        this.variables.value = entry.variables;
        this.onQueryChange();
      }
      this.history.value = '';
    });
    this.docSearch.addEventListener('input', () => this.renderDocs());

    replaceChildren(
      host,
      h(
        'header',
        { class: 'explorer-top' },
        h('a', { class: 'brand', href: '/', text: 'Narratrace' }),
        h('h1', { text: 'GraphQL explorer' }),
        h('span', { class: 'endpoint', text: 'POST /graphql' }),
        h('div', { class: 'top-tools' }, this.history, h('form', { class: 'token-form', onsubmit: (e: Event) => e.preventDefault() }, token)),
      ),
      h(
        'div',
        { class: 'explorer-grid' },
        h(
          'section',
          { class: 'pane editor-pane', 'aria-label': 'Query' },
          h('div', { class: 'pane-toolbar' }, this.runButton, this.operation, prettify, copy),
          this.query.el,
          this.diagnostics,
          h('details', { class: 'variables', open: this.variables.value.trim() !== '{}' }, h('summary', { text: 'Variables' }), this.variables.el),
        ),
        h('section', { class: 'pane result-pane', 'aria-label': 'Result' }, h('div', { class: 'pane-toolbar' }, h('strong', { text: 'Result' }), this.resultMeta), this.result),
        h('aside', { class: 'pane docs-pane', 'aria-label': 'Schema documentation' }, h('div', { class: 'pane-toolbar' }, h('strong', { text: 'Docs' })), this.docSearch, this.docs),
      ),
    );

    this.query.textarea.addEventListener('input', () => this.onQueryChange());
    this.query.textarea.addEventListener('keydown', (e) => this.onQueryKey(e), true);
    this.query.textarea.addEventListener('blur', () => setTimeout(() => this.hidePopup(), 150));
    this.query.textarea.addEventListener('click', () => this.hidePopup());
    this.variables.textarea.addEventListener('input', () => save(STORE.variables, this.variables.value));
    document.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        void this.run();
      } else if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        this.prettify();
      }
    });
    this.renderHistory();
    replaceChildren(this.docs, h('p', { class: 'muted', text: 'Loading the schema…' }));
    void this.loadSchema();
  }

  private async loadSchema(): Promise<void> {
    try {
      const body = await this.post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), operationName: 'IntrospectionQuery' });
      if (!body.data) throw new Error((body.errors as { message: string }[] | undefined)?.[0]?.message ?? 'no data');
      this.schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
      this.renderDocs();
      this.onQueryChange();
    } catch (err) {
      replaceChildren(this.docs, h('p', { class: 'error-text', role: 'alert', text: `The schema could not be loaded (${(err as Error).message}). Queries still run.` }));
    }
  }

  private async post(payload: { query: string; variables?: unknown; operationName?: string | null }, signal?: AbortSignal): Promise<Record<string, unknown> & { data?: unknown; errors?: unknown }> {
    const res = await fetch('/graphql', { method: 'POST', headers: requestHeaders(), body: JSON.stringify(payload), signal });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    }
  }

  private operations(): OperationDefinitionNode[] {
    try {
      return parse(this.query.value).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    } catch {
      return [];
    }
  }

  private onQueryChange(): void {
    save(STORE.query, this.query.value);
    const ops = this.operations();
    const names = ops.map((o) => o.name?.value).filter((n): n is string => !!n);
    const current = this.operation.value;
    this.operation.replaceChildren(...names.map((n) => h('option', { value: n, text: n })));
    this.operation.hidden = names.length < 2;
    if (names.includes(current)) this.operation.value = current;
    this.validate();
  }

  private validate(): void {
    const text = this.query.value;
    if (!text.trim()) {
      replaceChildren(this.diagnostics);
      return;
    }
    try {
      const doc = parse(text);
      const errors = this.schema ? validate(this.schema, doc) : [];
      replaceChildren(
        this.diagnostics,
        errors.length
          ? h('ul', {}, errors.slice(0, 5).map((e) => h('li', { class: 'error-text', text: `${e.locations?.[0] ? `${e.locations[0].line}:${e.locations[0].column} ` : ''}${e.message}` })))
          : h('span', { class: 'ok-text', text: this.schema ? '✓ valid' : '' }),
      );
    } catch (err) {
      const e = err as { message: string; locations?: { line: number; column: number }[] };
      replaceChildren(this.diagnostics, h('span', { class: 'error-text', text: `${e.locations?.[0] ? `${e.locations[0].line}:${e.locations[0].column} ` : ''}${e.message}` }));
    }
  }

  private async run(): Promise<void> {
    this.running?.abort();
    const abort = (this.running = new AbortController());
    let variables: unknown = {};
    const raw = this.variables.value.trim();
    if (raw) {
      try {
        variables = JSON.parse(raw);
      } catch (err) {
        this.showResult(`Variables are not valid JSON: ${(err as Error).message}`, 'error');
        return;
      }
    }
    const ops = this.operations();
    const operationName = ops.length > 1 ? this.operation.value || null : ops[0]?.name?.value ?? null;
    this.runButton.disabled = true;
    this.resultMeta.textContent = 'running…';
    const started = performance.now();
    try {
      const body = await this.post({ query: this.query.value, variables, operationName }, abort.signal);
      const ms = Math.round(performance.now() - started);
      this.showResult(JSON.stringify(body, null, 2), body.errors ? 'error' : 'ok', `${ms} ms`);
      this.remember();
    } catch (err) {
      if ((err as Error).name !== 'AbortError') this.showResult(`Request failed: ${(err as Error).message}`, 'error');
    } finally {
      this.runButton.disabled = false;
    }
  }

  private showResult(text: string, kind: 'ok' | 'error', meta = ''): void {
    highlightJson(text, this.result);
    this.result.dataset.kind = kind;
    this.resultMeta.textContent = meta;
  }

  private prettify(): void {
    try {
      this.query.value = print(parse(this.query.value)) + '\n';
      this.onQueryChange();
    } catch {
      this.validate();
    }
    try {
      const v = this.variables.value.trim();
      if (v) this.variables.value = JSON.stringify(JSON.parse(v), null, 2);
    } catch {
      /* leave invalid JSON as typed */
    }
  }

  private copyLink(): void {
    const url = new URL(location.href);
    url.search = '';
    url.searchParams.set('query', this.query.value);
    if (this.variables.value.trim() && this.variables.value.trim() !== '{}') url.searchParams.set('variables', this.variables.value);
    history.replaceState(null, '', url);
    void navigator.clipboard?.writeText(url.toString()).catch(() => undefined);
    this.resultMeta.textContent = 'link copied';
  }

  // ---- history ----

  private loadHistory(): { query: string; variables: string; at: string }[] {
    try {
      return JSON.parse(load(STORE.history, '[]'));
    } catch {
      return [];
    }
  }

  private remember(): void {
    const entry = { query: this.query.value, variables: this.variables.value, at: new Date().toISOString() };
    const list = [entry, ...this.loadHistory().filter((e) => e.query !== entry.query)].slice(0, 20);
    save(STORE.history, JSON.stringify(list));
    this.renderHistory();
  }

  private renderHistory(): void {
    const list = this.loadHistory();
    this.history.replaceChildren(
      h('option', { value: '', text: list.length ? `History (${list.length})` : 'History (empty)' }),
      ...list.map((e, i) => h('option', { value: String(i), text: `${e.at.slice(11, 16)} ${e.query.replace(/#[^\n]*/g, '').replace(/\s+/g, ' ').trim().slice(0, 60)}` })),
    );
  }

  // ---- completion ----

  private onQueryKey(e: KeyboardEvent): void {
    const popupOpen = !this.popup.hidden && this.completion;
    if (popupOpen) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const n = this.completion!.items.length;
        this.completion!.index = (this.completion!.index + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
        this.renderPopup();
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        this.accept(this.completion!.items[this.completion!.index]);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        this.hidePopup();
        return;
      }
    }
    if (e.key === ' ' && e.ctrlKey) {
      e.preventDefault();
      this.complete(true);
      return;
    }
    if (e.key.length === 1 && /[_A-Za-z0-9]/.test(e.key) && !e.ctrlKey && !e.metaKey) setTimeout(() => this.complete(false), 0);
    else if (e.key === 'Backspace') setTimeout(() => (this.popup.hidden ? undefined : this.complete(false)), 0);
  }

  private complete(explicit: boolean): void {
    if (!this.schema) return;
    const ta = this.query.textarea;
    if (ta.selectionStart !== ta.selectionEnd) return;
    const ctx = completionsAt(this.schema, ta.value, ta.selectionStart);
    const typed = ctx ? ta.value.slice(ctx.from, ta.selectionStart) : '';
    if (!ctx || (!explicit && !typed) || (ctx.items.length === 1 && ctx.items[0].label === typed)) {
      this.hidePopup();
      return;
    }
    this.completion = { ...ctx, items: ctx.items.slice(0, 50), index: 0 };
    this.renderPopup();
  }

  private renderPopup(): void {
    const c = this.completion;
    if (!c) return;
    this.popup.replaceChildren(
      ...c.items.map((item, i) =>
        h(
          'li',
          { role: 'option', 'aria-selected': i === c.index ? 'true' : 'false', class: i === c.index ? 'is-active' : '', onmousedown: (e: Event) => { e.preventDefault(); this.accept(item); } },
          h('span', { class: 'completion-label', text: item.label }),
          h('span', { class: 'completion-detail', text: item.detail }),
        ),
      ),
    );
    const pos = this.query.caretPosition();
    this.popup.style.left = `${Math.max(0, pos.left)}px`;
    this.popup.style.top = `${pos.top + 20}px`;
    this.popup.hidden = false;
    (this.popup.children[c.index] as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' });
  }

  private accept(item: Completion): void {
    const c = this.completion;
    if (!c) return;
    const caret = item.insert.includes('()') ? item.insert.indexOf('()') + 1 : item.insert.endsWith('{  }') ? item.insert.length - 2 : item.insert.length;
    this.hidePopup();
    this.query.insert(item.insert, c.from, c.to, caret);
  }

  private hidePopup(): void {
    this.popup.hidden = true;
    this.completion = null;
  }

  // ---- docs ----

  private renderDocs(): void {
    const schema = this.schema;
    if (!schema) return;
    const q = this.docSearch.value.trim().toLowerCase();
    if (q) {
      const hits: HTMLElement[] = [];
      for (const t of Object.values(schema.getTypeMap())) {
        if (t.name.startsWith('__')) continue;
        if (t.name.toLowerCase().includes(q)) hits.push(h('li', {}, this.typeLink(t), h('span', { class: 'muted', text: ' type' })));
        if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
          for (const f of Object.values(t.getFields())) if (f.name.toLowerCase().includes(q)) hits.push(h('li', {}, this.typeLink(t), `.${f.name}: `, this.typeLink(getNamedType(f.type as GraphQLType) as GraphQLNamedType, String(f.type))));
        }
      }
      replaceChildren(this.docs, hits.length ? h('ul', { class: 'doc-list' }, hits.slice(0, 100)) : h('p', { class: 'muted', text: 'Nothing matches.' }));
      return;
    }
    const current = this.docStack[this.docStack.length - 1];
    if (!current) {
      const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is NonNullable<typeof t> => !!t);
      const others = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !roots.includes(t as never)).sort((a, b) => a.name.localeCompare(b.name));
      replaceChildren(
        this.docs,
        h('h2', { text: 'Root types' }),
        h('ul', { class: 'doc-list' }, roots.map((t) => h('li', {}, this.typeLink(t)))),
        h('h2', { text: 'All types' }),
        h('ul', { class: 'doc-list' }, others.map((t) => h('li', {}, this.typeLink(t)))),
      );
      return;
    }
    const back = h('button', { type: 'button', class: 'btn btn-small btn-ghost', text: `‹ ${this.docStack[this.docStack.length - 2]?.name ?? 'Schema'}`, onclick: () => { this.docStack.pop(); this.renderDocs(); } });
    const parts: (HTMLElement | null)[] = [back, h('h2', { text: current.name }), current.description ? h('p', { class: 'doc-description', text: current.description }) : null];
    if (isObjectType(current) || isInterfaceType(current)) {
      parts.push(
        h(
          'ul',
          { class: 'doc-fields' },
          Object.values(current.getFields()).map((f) =>
            h(
              'li',
              {},
              h('code', { class: 'tok-field', text: f.name }),
              f.args.length ? h('span', {}, '(', ...f.args.flatMap((a, i) => [i ? ', ' : '', h('span', { class: 'tok-attr', text: a.name }), ': ', this.typeLink(getNamedType(a.type), String(a.type)), a.defaultValue !== undefined ? ` = ${JSON.stringify(a.defaultValue)}` : '']), ')') : null,
              ': ',
              this.typeLink(getNamedType(f.type), String(f.type)),
              f.description ? h('p', { class: 'doc-description', text: f.description }) : null,
              f.deprecationReason ? h('p', { class: 'error-text', text: `Deprecated: ${f.deprecationReason}` }) : null,
            ),
          ),
        ),
      );
    } else if (isInputObjectType(current)) {
      parts.push(h('ul', { class: 'doc-fields' }, Object.values(current.getFields()).map((f) => h('li', {}, h('code', { class: 'tok-attr', text: f.name }), ': ', this.typeLink(getNamedType(f.type), String(f.type)), f.description ? h('p', { class: 'doc-description', text: f.description }) : null))));
    } else if (isEnumType(current)) {
      parts.push(h('ul', { class: 'doc-fields' }, current.getValues().map((v) => h('li', {}, h('code', { text: v.name }), v.description ? h('p', { class: 'doc-description', text: v.description }) : null))));
    } else if (isUnionType(current)) {
      parts.push(h('ul', { class: 'doc-fields' }, current.getTypes().map((t) => h('li', {}, this.typeLink(t)))));
    } else parts.push(h('p', { class: 'muted', text: 'Scalar' }));
    replaceChildren(this.docs, parts);
  }

  private typeLink(t: GraphQLNamedType, label = t.name): HTMLElement {
    return h('a', {
      href: '#',
      class: 'tok-type',
      text: label,
      onclick: (e: Event) => {
        e.preventDefault();
        this.docSearch.value = '';
        this.docStack.push(t);
        this.renderDocs();
      },
    });
  }
}
