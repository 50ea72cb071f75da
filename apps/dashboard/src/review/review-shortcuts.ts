/** Keyboard shortcuts of the review desk, and their help dialog. */
import { h } from '../common/dom';

export interface ShortcutHandlers {
  next(): void;
  prev(): void;
  confirm(): void;
  reject(): void;
  toggleSelect(): void;
  bulkConfirm(): void;
  bulkReject(): void;
  focusSearch(): void;
  help(): void;
  /** false while the desk is not on the page */
  isActive(): boolean;
}

export const SHORTCUTS: [string, string][] = [
  ['j', 'next claim'],
  ['k', 'previous claim'],
  ['y', 'confirm the top suggestion'],
  ['n', 'reject the top suggestion'],
  ['x', 'select / unselect the claim'],
  ['Shift + Y', 'confirm all selected'],
  ['Shift + N', 'reject all selected'],
  ['/', 'search claims'],
  ['?', 'show / hide this help'],
  ['Esc', 'close this help'],
];

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Inputs that take no typed letters: keys pressed on them are shortcuts for their row. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

function isTyping(t: HTMLElement | null): boolean {
  if (!t) return false;
  if (t instanceof HTMLInputElement) return !NOT_TYPED.has(t.type);
  return TYPING.has(t.tagName) || t.isContentEditable;
}

export function installShortcuts(handlers: ShortcutHandlers): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!handlers.isActive() || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isTyping(e.target as HTMLElement | null)) return;
    // behind an open dialog only "?" (which closes the help) acts
    if (document.querySelector('dialog[open]') && e.key !== '?') return;
    const map: Record<string, () => void> = {
      j: handlers.next,
      k: handlers.prev,
      y: handlers.confirm,
      n: handlers.reject,
      x: handlers.toggleSelect,
      Y: handlers.bulkConfirm,
      N: handlers.bulkReject,
      '/': handlers.focusSearch,
      '?': handlers.help,
    };
    const fn = map[e.key];
    if (!fn) return;
    e.preventDefault();
    fn();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

export function shortcutHelp(): HTMLDialogElement {
  const dialog = h(
    'dialog',
    { class: 'shortcut-help', 'aria-labelledby': 'nt-shortcuts-title', 'data-testid': 'shortcut-help' },
    h('h2', { id: 'nt-shortcuts-title', text: 'Keyboard shortcuts' }),
    h('dl', { class: 'shortcut-list' }, SHORTCUTS.flatMap(([key, what]) => [h('dt', {}, h('kbd', { text: key })), h('dd', { text: what })])),
    h('form', { method: 'dialog' }, h('button', { class: 'btn', text: 'Close' })),
  );
  return dialog;
}
