/** The top bar: product name, navigation and the optional admin token. */
import { getAdminToken, setAdminToken } from '../common/admin-token';
import { h, replaceChildren } from '../common/dom';
import { toast } from '../common/toast';
import { href } from './router';

export function renderShell(topbar: HTMLElement): { setActive(path: string): void } {
  const links: [string, string, string][] = [
    ['', 'Overview', href([])],
    ['review', 'Review desk', href('review')],
    ['editor', 'New narrative', href('editor/new')],
  ];
  const nav = h(
    'nav',
    { class: 'nav', 'aria-label': 'Main' },
    links.map(([key, label, url]) => h('a', { href: url, 'data-nav': key, text: label })),
    h('a', { href: '/graphiql/', text: 'GraphQL explorer' }),
  );
  const token = h('input', { type: 'password', class: 'token-input', placeholder: 'admin token', autocomplete: 'off', 'aria-label': 'Admin token for changes (kept in this browser)', 'data-testid': 'admin-token', value: getAdminToken() });
  const state = h('span', { class: 'token-state', 'aria-live': 'polite' });
  const showState = () => (state.textContent = getAdminToken() ? 'token set' : '');
  const form = h(
    'form',
    { class: 'token-form', onsubmit: (e: Event) => e.preventDefault() },
    token,
    h('button', {
      type: 'submit',
      class: 'btn btn-small',
      text: 'Save',
      onclick: () => {
        setAdminToken(token.value.trim());
        showState();
        window.dispatchEvent(new CustomEvent('narratrace:token-changed'));
        toast(token.value.trim() ? 'Admin token saved in this browser.' : 'Admin token removed.', 'success');
      },
    }),
    state,
  );
  showState();
  replaceChildren(topbar, h('a', { class: 'brand', href: href([]), 'aria-label': 'Narratrace overview' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Narratrace'), nav, form);
  return {
    setActive(path: string) {
      for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-nav]')) {
        if (a.dataset.nav === path) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      }
    },
  };
}
