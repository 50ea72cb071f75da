/** The top bar: product name, navigation, the analyst's name and the optional admin token. */
import { getAdminToken, getAnalystName, setAdminToken, setAnalystName } from '../common/browser-settings';
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
  // who decides: recorded with every tag when the server has no ADMIN_TOKEN (a token's own name otherwise)
  const name = h('input', {
    type: 'text',
    class: 'token-input name-input',
    placeholder: 'your name',
    autocomplete: 'name',
    maxlength: '100',
    'aria-label': 'Your name, recorded with your decisions (kept in this browser)',
    'data-testid': 'analyst-name',
    value: getAnalystName(),
  });
  const token = h('input', { type: 'password', class: 'token-input', placeholder: 'admin token', autocomplete: 'off', 'aria-label': 'Admin token for changes (kept in this browser)', 'data-testid': 'admin-token', value: getAdminToken() });
  const state = h('span', { class: 'token-state', 'aria-live': 'polite', 'data-testid': 'identity-state' });
  const showState = () => (state.textContent = [getAnalystName() ? `as ${getAnalystName()}` : '', getAdminToken() ? 'token set' : ''].filter(Boolean).join(', '));
  const form = h(
    'form',
    { class: 'token-form', onsubmit: (e: Event) => e.preventDefault() },
    name,
    token,
    h('button', {
      type: 'submit',
      class: 'btn btn-small',
      text: 'Save',
      'data-testid': 'save-identity',
      onclick: () => {
        const tokenChanged = token.value.trim() !== getAdminToken();
        setAnalystName(name.value.trim());
        setAdminToken(token.value.trim());
        showState();
        if (tokenChanged) window.dispatchEvent(new CustomEvent('narratrace:token-changed'));
        const saved = [name.value.trim() ? 'name' : '', token.value.trim() ? 'admin token' : ''].filter(Boolean);
        toast(saved.length ? `Saved in this browser: ${saved.join(' and ')}.` : 'Name and admin token removed from this browser.', 'success');
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
