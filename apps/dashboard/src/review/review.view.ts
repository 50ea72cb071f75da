/** The review desk on a page of its own, with more rows per page. */
import { href } from '../app/router';
import type { View } from '../app/view';
import { h } from '../common/dom';
import { ReviewDesk } from './review-desk';

export class ReviewView implements View {
  readonly el: HTMLElement;
  private readonly desk: ReviewDesk;

  constructor(params: URLSearchParams) {
    this.desk = new ReviewDesk(params, { pageSize: 100, title: 'Review desk', heading: 'h1' });
    this.el = h('div', { class: 'review-page' }, h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: href([]), text: 'Overview' }), ' › ', h('span', { text: 'Review desk' })), this.desk.el);
  }

  update(params: URLSearchParams): void {
    this.desk.update(params);
  }

  destroy(): void {
    this.desk.destroy();
  }
}
