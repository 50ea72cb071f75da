import { LIMITS } from '@app/domain';
import { DEFAULT_IMPORT_BATCH } from './cli-args.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  import <file|-> store documents from a file (- for standard input), extracting claims and
                  suggesting narratives
  export          write claims with their narrative tags to a file

Run "npm run cli -- <command> --help" for a command's options.`;

const IMPORT_HELP = `Usage: npm run cli -- import <file|-> [--format jsonl|csv|telegram|rss] [--source NAME] [--batch N]
                            [--utc-offset OFFSET | --time-zone ZONE] [--telegram-username NAME]
                            [--rejects FILE] [--progress-every N]

Reads <file> as a stream and stores its documents through the same ingest path as the API
(claims are extracted and narrative suggestions made), ${DEFAULT_IMPORT_BATCH} documents per transaction.
Documents seen before (same externalId, or same source and text) are duplicates: re-importing
a file creates nothing new. An externalId that another source's document with another text
already has is a reject (external ids are unique across sources).

Options:
  -f, --format FMT         jsonl (DocumentInput per line), csv (same columns, source as
                           source_name/source_platform/source_country), telegram (Telegram
                           Desktop result.json) or rss (RSS or Atom). Default: from the file.
                           Flat files may also name fields as scrapers and spreadsheets
                           do (date, content, outlet, channel, link, lang, …); fields not
                           read are named on stderr.
  -s, --source NAME        source name for every document (replaces the file's)
  -b, --batch N            documents per transaction, 1 to ${LIMITS.maxDocumentsPerBatch} (default ${DEFAULT_IMPORT_BATCH})
      --telegram-username  @username of the channel (or supergroup) of a single-chat export,
                           so its posts get t.me links; chats that name their own keep it
      --utc-offset OFFSET  zone of the dates that name none, such as +03:00 for a spreadsheet in
                           Kyiv summer time or an old Telegram export's local times: +03:00,
                           +0300, +03, +3 or Z (default UTC; a negative one as --utc-offset=-05:00)
      --time-zone ZONE     the same as a place's time zone, which follows summer time, for
                           files that span a clock change: Europe/Kyiv, Europe/Moscow, …
      --rejects FILE       where rejected records go (default <file>.rejects.jsonl, and
                           stdin.rejects.jsonl for -)
      --progress-every N   without a terminal, a progress line every N records (default 10000)

<file> may be - for standard input (… | npm run cli -- import -): its format is told from its
first bytes unless --format names it. When the writer sends nothing for 2 s, stderr says the
import is waiting for it; it ends when the writer closes the pipe (Ctrl-D at a terminal).

Malformed records are reported on stderr with their line or item number, skipped, and written
to <file>.rejects.jsonl (one {"recordNo","reason","raw"} object per line, raw as read). Input
must be UTF-8 (feeds: as their XML declaration says); convert other files first, e.g.
  iconv -f WINDOWS-1251 -t UTF-8 posts.csv > posts.utf8.csv
Ends with one summary line on stdout:
  documents N created N duplicates N claims N rejected N in S s

Exit codes: 0 all stored, 2 some records were rejected, 1 bad arguments or a fatal error
(nothing more read), 130 interrupted (Ctrl-C: the batches in flight are finished first).`;

const EXPORT_HELP = `Usage: npm run cli -- export --format csv|jsonl|stix --out FILE [--narrative SLUG] [--status STATUS]
                            [--from DATE] [--to DATE] [--bom]

Writes claims with their source, document and narrative tags (status, origin, stance,
confidence), oldest first, read from the database page by page.

Options:
  -f, --format FMT      csv (one row per claim and tag), jsonl (one claim per line, tags nested)
                        or stix (STIX 2.1 bundle for OpenCTI: narratives, sources, claims as notes)
  -o, --out FILE        where to write; "-" for standard output
  -n, --narrative SLUG  only claims with a live (not rejected) tag of this narrative
      --status STATUS   confirmed, suggested or rejected: only tags in that review state, and
                        only claims that have one (of --narrative, when given); e.g. confirmed
                        for a report or an OpenCTI bundle without the machine's suggestions
      --from DATE       claims published at or after DATE: YYYY-MM-DD (UTC) or an ISO-8601
                        date-time with Z or an offset (+03:00, +0300, +03; none means UTC)
      --to DATE         claims published before DATE; a plain day counts whole (it ends at
                        the next midnight, UTC)
      --bom             csv: start with a UTF-8 byte-order mark, so that Excel shows Cyrillic
                        right (other CSV readers may keep it in the first header name)

CSV formula guard: a text cell that starts with =, +, -, @, tab or carriage return gets a
leading ' so that spreadsheets show it as text instead of running it as a formula (scraped
posts can carry such payloads). Numbers, dates and the header are written as they are; strip
the ' before comparing a cell with the original text.

STIX ids are derived from natural keys (narrative slug, source name and platform, document and
claim position), not database row ids: the same data exported again, or from another Narratrace
database, gets the same ids, so a re-import into OpenCTI updates objects instead of adding them.

Output "-" closed early by its reader (export ... --out - | head) ends the export quietly, exit 0.

Exit codes: 0 written, 1 bad arguments (e.g. an unknown narrative) or a fatal error.`;

export function helpText(topic: 'import' | 'export' | null): string {
  if (topic === 'import') return IMPORT_HELP;
  if (topic === 'export') return EXPORT_HELP;
  return `${USAGE}\n\n${IMPORT_HELP}\n\n${EXPORT_HELP}\n\nThe database is the server's: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded, default ./data).`;
}
