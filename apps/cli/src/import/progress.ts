/** Where progress goes: stderr, so that stdout carries only the summary. */
export interface ProgressSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressState {
  records: number;
  created: number;
  duplicates: number;
  claims: number;
  rejected: number;
  /** bytes of the input read so far, and the input's size, when known */
  bytes?: number;
  totalBytes?: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 20;

const num = (n: number) => n.toLocaleString('en-US');

/**
 * On a terminal: one bar redrawn in place (at most ten times a second). Otherwise (a pipe, a
 * log file, CI): a plain line every `every` records, so logs stay readable.
 */
export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;
  private nextLine: number;
  /** Records counted by the last plain line, when one was written. */
  private lastLine: number | null = null;

  constructor(
    private readonly out: ProgressSink,
    private readonly every: number,
  ) {
    this.nextLine = every;
  }

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  private rate(records: number): string {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? `${num(Math.round(records / seconds))}/s` : '';
  }

  private fraction(state: ProgressState): number | null {
    if (!state.totalBytes || state.bytes === undefined) return null;
    return Math.max(0, Math.min(1, state.bytes / state.totalBytes));
  }

  update(state: ProgressState, force = false): void {
    if (this.tty) {
      const now = performance.now();
      if (!force && now - this.lastDraw < REDRAW_MS) return;
      this.lastDraw = now;
      const f = this.fraction(state);
      const bar = f === null ? '' : `[${'#'.repeat(Math.round(f * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] ${String(Math.floor(f * 100)).padStart(3)}% `;
      let line = `${bar}${num(state.records)} done (${this.rate(state.records)}): ${num(state.created)} new, ${num(state.duplicates)} dup, ${num(state.claims)} claims, ${num(state.rejected)} rejected`;
      const width = this.out.columns ?? 100;
      if (line.length > width - 1) line = line.slice(0, width - 1);
      this.out.write(`\r${line}\x1b[K`);
      this.drawn = true;
      return;
    }
    if (state.records < this.nextLine && !force) return;
    while (this.nextLine <= state.records) this.nextLine += this.every;
    this.lastLine = state.records;
    const f = this.fraction(state);
    this.out.write(
      `${num(state.records)} records${f === null ? '' : ` (${Math.floor(f * 100)}%)`}: created ${num(state.created)}, duplicates ${num(state.duplicates)}, claims ${num(state.claims)}, rejected ${num(state.rejected)}, ${this.rate(state.records)}\n`,
    );
  }

  /**
   * The end of the input: the bar is cleared; without a terminal, a last line for the records
   * after the last one written, if lines were written at all (a short import has only its summary).
   */
  finish(state: ProgressState): void {
    if (!this.tty && this.lastLine !== null && this.lastLine < state.records) this.update(state, true);
    this.clear();
  }

  /** A message of its own line; the bar is cleared first and redrawn by the next update. */
  log(message: string): void {
    this.clear();
    this.out.write(`${message}\n`);
  }

  clear(): void {
    if (this.tty && this.drawn) {
      this.out.write('\r\x1b[K');
      this.drawn = false;
      this.lastDraw = 0;
    }
  }
}
