import { parseIsoDate } from '@app/domain';

/** A `--from`/`--to` value: as typed, and the instant it stands for. */
export interface ExportDate {
  typed: string;
  date: Date;
  /** A plain day (UTC): `--from` starts at its midnight, `--to` ends at the next one. */
  day: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/;
const DAY_MS = 86_400_000;

/**
 * A day (`2024-03-01`, UTC) or an ISO-8601 date-time with the import's rules (`parseIsoDate`):
 * `Z` or an offset as ±hh:mm, ±hhmm or ±hh, none meaning UTC. A day given to `--to` counts
 * whole, so `--from 2024-03-01 --to 2024-03-31` covers all of March. Null when it is neither.
 */
export function parseExportDate(name: '--from' | '--to', value: string): ExportDate | null {
  const typed = value.trim();
  const day = DAY.test(typed);
  if (!day && !DATE_TIME.test(typed)) return null;
  const date = parseIsoDate(typed);
  if (!date) return null;
  return { typed, date: day && name === '--to' ? new Date(date.getTime() + DAY_MS) : date, day };
}

const utc = (date: Date): string => date.toISOString().replace('.000Z', 'Z');

/** What the user typed, and what it means when that is not plain from the text. */
function explain(name: '--from' | '--to', arg: ExportDate): string {
  if (arg.day) return `${name} ${arg.typed} (which ${name === '--to' ? 'ends' : 'starts'} at ${utc(arg.date)})`;
  return arg.typed === utc(arg.date) || arg.typed === arg.date.toISOString() ? `${name} ${arg.typed}` : `${name} ${arg.typed} (which is ${utc(arg.date)})`;
}

/**
 * The message for a range that selects nothing, or null when `from` is before `to`. It shows
 * the values as typed and the instants they mean: `--from 2022-03-02 --to 2022-03-01` are two
 * plain days whose instants are equal, since the day given to `--to` ends at the next midnight.
 */
export function exportRangeProblem(from: ExportDate, to: ExportDate): string | null {
  if (from.date.getTime() < to.date.getTime()) return null;
  return `${explain('--from', from)} must be before ${explain('--to', to)}`;
}
