/** Dashboard entry: the shell, and one routed view at a time. */
import './styles/app.css';
import { capabilities, resetCapabilities } from './api/capabilities';
import { currentRoute, onRouteChange, type Route } from './app/router';
import { resetStore } from './app/store';
import { renderShell } from './app/shell';
import { loadChartJs } from './charts/trend-chart';
import type { View } from './app/view';
import { h } from './common/dom';
import { NarrativeEditorView } from './editor/narrative-editor.view';
import { NarrativeView } from './narratives/narrative.view';
import { OverviewView } from './overview/overview.view';
import { ReviewView } from './review/review.view';

performance.mark('narratrace:boot');
void loadChartJs();
const main = document.getElementById('main')!;
// "Skip to content" moves focus only: its #main would otherwise be read as a route.
document.querySelector('.skip-link')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
const shell = renderShell(document.getElementById('topbar')!);
let view: View | null = null;
let viewPath = '';

function create(route: Route): View {
  const [first, second] = route.path;
  switch (first ?? '') {
    case '':
      return new OverviewView(route.params);
    case 'narrative':
      if (second) return new NarrativeView(second, route.params);
      break;
    case 'review':
      return new ReviewView(route.params);
    case 'editor':
      return new NarrativeEditorView(second && second !== 'new' ? second : null, route.params);
  }
  return { el: h('section', { class: 'panel' }, h('h1', { text: 'Page not found' }), h('p', {}, 'Nothing lives at this address. ', h('a', { href: '#/', text: 'Back to the overview' }), '.')) };
}

function show(route: Route): void {
  const path = route.path.join('/');
  if (view && path === viewPath) {
    view.update?.(route.params);
    return;
  }
  view?.destroy?.();
  viewPath = path;
  view = create(route);
  document.title = 'Narratrace';
  main.replaceChildren(view.el);
  shell.setActive(route.path[0] === 'editor' ? 'editor' : route.path[0] === 'review' ? 'review' : route.path[0] ? '-' : '');
  window.scrollTo(0, 0);
}

onRouteChange(show);
show(currentRoute());

// A server whose queries need a token refused everything so far: start over with the token.
window.addEventListener('narratrace:token-changed', async () => {
  if ((await capabilities()).introspection) return;
  resetCapabilities();
  resetStore();
  viewPath = '\u0000';
  show(currentRoute());
});
