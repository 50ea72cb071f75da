export * from './types.js';
export { CSV_COLUMNS, type CsvColumn, type CsvOptions, escapeCsvField, formatCsvLine, csvHeader, toCsvRows, toCsv } from './csv.js';
export { toJsonLine, toJsonLines } from './jsonl.js';
export {
  NARRATRACE_STIX_NAMESPACE,
  OPENCTI_EXTENSION_DEFINITION,
  STIX_ID_PATTERN,
  type TlpLevel,
  type StixOptions,
  type StixObject,
  type StixBundle,
  type StixTotals,
  type PairTotals,
  pairTotalsKey,
  StixBundleBuilder,
  buildStixBundle,
  stixBundleChunks,
  writeStixBundle,
} from './stix.js';
