/** A routed page. `update` receives new params of the same path (back/forward, shared links). */
export interface View {
  readonly el: HTMLElement;
  update?(params: URLSearchParams): void;
  destroy?(): void;
}
