/** Short-lived notices; errors stay until dismissed and are announced as alerts. */
import { h } from './dom';

export function toast(message: string, kind: 'info' | 'success' | 'error' = 'info'): void {
  const host = document.getElementById('toasts');
  if (!host) return;
  const el = h(
    'div',
    { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': kind === 'error' ? 'error-toast' : 'toast' },
    h('span', { class: 'toast-text', text: message }),
    h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss', text: '×', onclick: () => el.remove() }),
  );
  host.appendChild(el);
  if (kind !== 'error') setTimeout(() => el.remove(), 4000);
  while (host.children.length > 5) host.firstElementChild?.remove();
}
