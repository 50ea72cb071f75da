/**
 * `npm run bench:extraction`: claim extraction throughput (sentences/s) on a trilingual text,
 * median of several runs, beside a plain regex sentence split measured in the same run.
 */
import { extractClaims, normalizeText } from '@app/domain';

const PARAGRAPH =
  'Kremlin spokesman Dmitry Peskov told reporters on Monday that talks had stalled. ' +
  '«Мы не ведем переговоров под огнем», — заявил Песков журналистам в Москве. ' +
  'За словами Зеленського, армія тримає оборону на всіх напрямках. ' +
  'Президент В. О. Зеленський звернувся до нації після обстрілу. ' +
  'According to the U.S. Department of Defense, deliveries will resume in Jan. next year. ';
const SENTENCES_PER_PARAGRAPH = 5;
const RUNS = 9;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

function time(fn: () => void): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const text = Array.from({ length: 2000 }, (_, i) => PARAGRAPH.replace('Monday', `day ${i}`)).join('\n');
const sentences = 2000 * SENTENCES_PER_PARAGRAPH;
extractClaims({ text: text.slice(0, 20_000) }); // warm up

const baseline = median(Array.from({ length: RUNS }, () => time(() => text.split(/(?<=[.!?])\s+/).map((s) => normalizeText(s)))));
const extraction = median(Array.from({ length: RUNS }, () => time(() => extractClaims({ text }))));

const rows = [
  { case: 'regex split + normalise (baseline)', size: sentences, seconds: baseline },
  { case: 'extractClaims (EN/RU/UK)', size: sentences, seconds: extraction },
];
console.log('| case | size (sentences) | median | sentences/s | ratio to baseline |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.case} | ${r.size} | ${(r.seconds * 1000).toFixed(1)} ms | ${Math.round(r.size / r.seconds)} | ${(r.seconds / baseline).toFixed(2)}× time |`);
}
