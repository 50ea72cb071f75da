/**
 * A tiny element builder. Text goes through textContent and attributes through setAttribute, so
 * server text is never parsed as HTML, and no inline style attribute is ever written (the CSP
 * forbids them; colours and widths are set through CSSOM instead).
 */
type Child = Node | string | number | null | undefined | false;
type Handler = (ev: Event) => void;
export interface Props {
  class?: string;
  text?: string;
  [attr: string]: string | number | boolean | Handler | undefined | null;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key === 'text') el.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value as Handler);
    else if (key === 'style') throw new Error('inline style attributes are blocked by the CSP; use a class');
    else if (value === true) el.setAttribute(key, '');
    else if (key === 'value' && 'value' in el) (el as HTMLInputElement).value = String(value);
    else if (key === 'checked' && 'checked' in el) (el as HTMLInputElement).checked = Boolean(value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function replaceChildren(el: Element, ...children: (Child | Child[])[]): void {
  clear(el);
  append(el, children);
}

export function option(value: string, label: string, selected = false): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  o.selected = selected;
  return o;
}

/** A labelled form control; the label wraps the control so it is announced with it. */
export function field(label: string, control: HTMLElement, cls = 'field'): HTMLLabelElement {
  return h('label', { class: cls }, h('span', { class: 'field-label', text: label }), control);
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wrapped = (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => timer && clearTimeout(timer);
  return wrapped;
}

export function spinner(label = 'Loading…'): HTMLElement {
  return h('div', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label);
}

export function emptyState(text: string): HTMLElement {
  return h('div', { class: 'state state-empty', role: 'status', text });
}

export function errorState(text: string, retry?: () => void): HTMLElement {
  return h('div', { class: 'state state-error', role: 'alert' }, h('span', { text }), retry ? h('button', { type: 'button', class: 'btn btn-small', text: 'Retry', onclick: retry }) : null);
}

/**
 * A link to a claim's document, opened in a new tab without handing it this page: only for
 * http(s) addresses (an ingested url may be anything), null otherwise.
 */
export function documentLink(doc: { url?: string | null; title?: string | null } | null | undefined): HTMLAnchorElement | null {
  const url = doc?.url;
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'doc-link', text: doc.title || 'document' });
}

