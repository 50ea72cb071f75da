import { TextDecoder } from 'node:util';
import sax from 'sax';
import { canonicalLanguage, guessLanguage } from '@app/domain';
import { buildDocument } from './document.js';
import { BLOCK_ELEMENTS, htmlToText, normaliseWhitespace } from './html.js';
import { openInput } from './streams.js';
import { FormatError, type ImportInput, type ParsedRecord, type ReadOptions } from './types.js';

type TextMode = 'html' | 'text' | 'xhtml';

/** What one `<item>` / `<entry>` contained, as collected from its direct children. */
interface ItemFields {
  title?: string;
  /** RSS `<author>` (an e-mail address, often with the name in brackets) or Atom `<author><name>` */
  author?: string;
  /** `<dc:creator>`: the byline of most RSS feeds */
  creator?: string;
  link?: string;
  guid?: string;
  guidIsPermaLink?: boolean;
  id?: string;
  description?: string;
  contentEncoded?: string;
  content?: string;
  summary?: string;
  /** `<media:group><media:description>`: a YouTube video's description */
  mediaDescription?: string;
  /** RSS `<source>`: the publisher an aggregator (Google News) took the item from */
  source?: string;
  /** `<description>` as HTML, before it became text (for Google News's glued publisher) */
  descriptionHtml?: string;
  pubDate?: string;
  dcDate?: string;
  published?: string;
  updated?: string;
  language?: string;
  xmlErrors?: string[];
}

interface Capture {
  target: 'item' | 'channel';
  field: keyof ItemFields | 'channelTitle' | 'channelLanguage' | 'channelLink' | 'channelId';
  depth: number;
  mode: TextMode;
  buf: string;
}

type FeedKind = 'rss' | 'atom';

/** Direct children of an item/entry that are read, and how their text is interpreted. */
const ITEM_FIELDS: Record<string, { field: keyof ItemFields; mode: TextMode | 'atom' }> = {
  title: { field: 'title', mode: 'atom' },
  link: { field: 'link', mode: 'text' },
  guid: { field: 'guid', mode: 'text' },
  id: { field: 'id', mode: 'text' },
  description: { field: 'description', mode: 'html' },
  'content:encoded': { field: 'contentEncoded', mode: 'html' },
  content: { field: 'content', mode: 'atom' },
  summary: { field: 'summary', mode: 'atom' },
  pubdate: { field: 'pubDate', mode: 'text' },
  'dc:date': { field: 'dcDate', mode: 'text' },
  published: { field: 'published', mode: 'text' },
  updated: { field: 'updated', mode: 'text' },
  'dc:language': { field: 'language', mode: 'text' },
  'dc:creator': { field: 'creator', mode: 'text' },
  author: { field: 'author', mode: 'text' },
  source: { field: 'source', mode: 'text' },
};

/**
 * The footer WordPress (Yoast) appends to every post in a feed: "The post <the post's title>
 * appeared first on <site>." (and its Russian and Ukrainian translations), as the last line.
 * Only with the item's own title in it: a news line that merely reads alike stays.
 */
function postFooter(title: string | undefined): RegExp | null {
  const name = title?.trim();
  if (!name) return null;
  const t = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // the English original and the wordings of its Russian and Ukrainian translations
  return new RegExp(
    `^(?:The post ${t} appeared first on .+|(?:Запись|Сообщение|Публикация) ${t} (?:впервые появил(?:ась|ось|ся)|появил(?:ась|ось|ся|ись) сначала|опубликован[оа]? впервые) на .+|(?:Запис|Допис|Публікація) ${t} (?:вперше|спершу|уперше) (?:з['’ʼ]явил(?:ася|ося|ися)|з['’ʼ]явився|опублікован[оа]?) на .+)$`,
  );
}

function withoutPostFooter(text: string, footer: RegExp | null): string {
  if (!footer) return text;
  const lastBreak = text.lastIndexOf('\n');
  return footer.test(text.slice(lastBreak + 1).trim()) ? text.slice(0, Math.max(lastBreak, 0)).trimEnd() : text;
}

/**
 * An aggregator's item (Google News): its description is the headline as a link with the
 * publisher's name after it in a <font> (`<a href="…">Headline</a>&nbsp;&nbsp;<font color="#6f6f6f">Publisher</font>`),
 * or, for a story several outlets carry, a list of such lines, the item's own first. When one
 * <font> holds the item's `<source>` name, the text is the item's own line without the names;
 * otherwise (a description of another shape) null, and the description is read as any other.
 */
function aggregatedText(descriptionHtml: string | undefined, name: string): string | null {
  if (!descriptionHtml) return null;
  const names = [...descriptionHtml.matchAll(/<font\b[^>]*>([^<]*)<\/font>/gi)].map((m) => htmlToText(m[1]!).trim());
  if (!names.includes(name)) return null;
  const own = /<li\b[^>]*>([\s\S]*?)<\/li>/i.exec(descriptionHtml)?.[1] ?? descriptionHtml;
  return htmlToText(own.replace(/<font\b[^>]*>[\s\S]*?<\/font>/gi, ' ')).trim() || null;
}

/** Google News titles end with " - Publisher": the headline is the title without it. */
function withoutPublisherSuffix(title: string | undefined, name: string | undefined): string | undefined {
  if (!title || !name) return title;
  const suffix = ` - ${name}`;
  return title.endsWith(suffix) && title.length > suffix.length ? title.slice(0, -suffix.length).trimEnd() : title;
}

/**
 * The name in an RSS `<author>`, which RSS 2.0 wants as an e-mail address: "jane@example.com
 * (Jane Doe)" gives "Jane Doe"; a bare address or a plain name is kept as it is.
 */
function bylineOf(author: string | undefined): string | undefined {
  const value = author?.trim();
  if (!value) return undefined;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(value);
  return named ? named[1]!.trim() : value;
}

/**
 * Whether an item's guid/id can stand alone as a document's external id: a URI (http:, urn:,
 * tag:, …) names one thing everywhere; a bare value ("1001", "post-77") is only unique within its
 * feed, and two feeds numbering their posts alike would make each other's items duplicates.
 */
function isGlobalId(id: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S/i.test(id); // (a scheme-like "post:77" passes too; should two feeds share one, the import reports the clash)
}

/**
 * The channel's <language> as an item's language, unless the item's own text plainly says
 * otherwise: sites keep the default locale of their CMS ("en-US") while posting in Ukrainian or
 * Russian. Then the item gets none and ingest detects it, as for a feed without the element.
 */
function channelDefault(declared: string | null, text: string | undefined): string | null {
  if (!declared || !text) return declared;
  const guess = guessLanguage(text);
  return guess.confident && guess.language !== 'und' && guess.language !== canonicalLanguage(declared) ? null : declared;
}

/**
 * The site a feed belongs to, as the scope of its bare guids: the host of its link, lower case,
 * without "www." — not the whole URL, which changes with http→https, a trailing slash, tracking
 * parameters or another search of one aggregator (Google News), while the guids stay the same.
 */
function siteOf(link: string | null): string | null {
  if (!link || !/^https?:\/\//i.test(link.trim())) return null;
  try {
    return new URL(link.trim()).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Atom text constructs: `type` is text (default), html or xhtml. RSS titles are plain text with entities. */
function atomMode(kind: FeedKind, attrs: Record<string, string>): TextMode {
  if (kind !== 'atom') return 'html';
  const type = (attrs.type ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  return 'text';
}

function finishText(mode: TextMode, buf: string): string {
  return mode === 'html' ? htmlToText(buf) : normaliseWhitespace(buf);
}

/** Picks the text encoding from a BOM or the XML declaration; UTF-8 otherwise. */
export function sniffXmlEncoding(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const ascii = Buffer.from(head.subarray(0, 256)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(ascii)?.[1];
  if (!declared) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

/**
 * RSS 2.0 (also 0.9x and RSS 1.0/RDF) or Atom, streamed through sax. Items become documents with
 * the item title, link, guid/id (else the link) as externalId, the fuller of content:encoded/description (Atom:
 * content/summary; YouTube: media:description) stripped of HTML as text, and pubDate/dc:date (Atom: published, else
 * updated) as the date. The item's `<source>` (Google News), else the channel/feed title, is the source, platform
 * `web`; the channel language (or the entry's xml:lang) is the language. `recordNo` is the item's position.
 */
export async function* readFeed(input: ImportInput, options: ReadOptions = {}): AsyncGenerator<ParsedRecord> {
  const parser = sax.parser(false, { lowercase: true, trim: false, normalize: false, position: true });
  const out: ParsedRecord[] = [];

  let kind: FeedKind | null = null;
  let rootName: string | null = null;
  const stack: string[] = [];
  let channelTitle: string | null = null;
  let channelLanguage: string | null = null;
  /** RSS channel <link> or Atom alternate link; with the Atom feed <id>, what a bare guid is scoped by */
  let channelLink: string | null = null;
  let channelId: string | null = null;
  let itemNo = 0;
  let item: ItemFields | null = null;
  let itemDepth = -1;
  let itemLanguage: string | null = null;
  let capture: Capture | null = null;

  const finishItem = (): void => {
    const fields = item!;
    const recordNo = itemNo;
    item = null;
    const raw = JSON.stringify(fields);
    if (fields.xmlErrors?.length) {
      out.push({ ok: false, recordNo, reason: `malformed XML in item: ${fields.xmlErrors.join('; ')}`, raw });
      return;
    }
    const footer = postFooter(fields.title);
    const candidates = [fields.contentEncoded, fields.description, fields.content, fields.summary, fields.mediaDescription]
      .map((t) => (t === undefined ? '' : withoutPostFooter(t, footer)))
      .filter((t) => t.trim() !== '');
    // The fullest body wins (content:encoded is usually the article, description a teaser).
    const body = candidates.sort((a, b) => b.length - a.length)[0];
    const publisher = fields.source?.trim() || undefined;
    const title = withoutPublisherSuffix(fields.title, publisher);
    const text = (publisher ? aggregatedText(fields.descriptionHtml, publisher) : null) ?? body ?? title;
    const sourceName = publisher ?? channelTitle;

    const dateText = kind === 'atom'
      ? (fields.published ?? fields.updated)
      : (fields.pubDate ?? fields.dcDate ?? fields.published ?? fields.updated);
    const dateFields = kind === 'atom' ? 'no published or updated in the entry' : 'no pubDate, dc:date, published or updated in the item';

    let url = fields.link?.trim() || undefined;
    if (!url && fields.guid && fields.guidIsPermaLink !== false && /^https?:\/\//i.test(fields.guid.trim())) {
      url = fields.guid.trim();
    }
    const ownId = (fields.guid ?? fields.id)?.trim() || undefined;
    const feedKey = siteOf(channelLink) ?? siteOf(channelId) ?? (channelId && isGlobalId(channelId) ? channelId : null) ?? channelTitle ?? options.sourceOverride?.trim();
    const built = buildDocument(
      {
        // An item without guid/id is still the same item when its link is: an edited teaser must not make a second document.
        externalId: ownId === undefined ? url : isGlobalId(ownId) || !feedKey ? ownId : `${feedKey}#${ownId}`,
        url,
        title: title || undefined,
        author: fields.creator || bylineOf(fields.author),
        text,
        language: fields.language ?? itemLanguage ?? channelDefault(channelLanguage, text) ?? undefined,
        publishedAt: dateText?.trim() || undefined,
        source: sourceName ? { name: sourceName, platform: 'web' } : undefined,
      },
      { sourceOverride: options.sourceOverride, defaultPlatform: 'web', assumedZone: options.assumedZone },
    );
    if (built.ok) {
      out.push({ ok: true, recordNo, document: built.document, raw });
      return;
    }
    // Say what was looked for: the feed's own element names, not the document field.
    const reason = built.reason
      .split('; ')
      .map((p) => {
        if (p === 'missing publishedAt') return `missing publishedAt (${dateFields})`;
        if (p === 'missing source name' && !channelTitle) return 'missing source name (no feed title before this item; use --source)';
        return p;
      })
      .join('; ');
    out.push({ ok: false, recordNo, reason, raw });
  };

  parser.onerror = (err: Error) => {
    const message = err.message.split('\n')[0];
    if (item) (item.xmlErrors ??= []).push(message);
    // Non-strict sax recovers from nearly everything; carry on with the next token.
    (parser as unknown as { error: Error | null }).error = null;
    parser.resume();
  };

  parser.onopentag = (tag) => {
    const name = tag.name;
    const attrs = tag.attributes as Record<string, string>;
    const depth = stack.length;
    stack.push(name);

    if (depth === 0) {
      rootName = name;
      if (name === 'rss' || name === 'rdf:rdf' || name === 'rss:rss') kind = 'rss';
      else if (name === 'feed') {
        kind = 'atom';
        if (attrs['xml:lang']) channelLanguage = attrs['xml:lang'];
      }
      return;
    }
    if (!kind) return;

    if (capture) {
      // Markup inside a captured field (xhtml content, or HTML left unescaped in a description).
      if (BLOCK_ELEMENTS.has(name)) capture.buf += '\n';
      return;
    }

    if (item && kind === 'atom' && depth === itemDepth + 2 && name === 'name' && stack[depth - 1] === 'author') {
      capture = { target: 'item', field: 'author', depth, mode: 'text', buf: '' };
      return;
    }
    // Media RSS (YouTube): the description sits in <media:group>, plain text unless type="html".
    if (item && depth === itemDepth + 2 && name === 'media:description' && stack[depth - 1] === 'media:group') {
      const mode: TextMode = (attrs.type ?? '').toLowerCase() === 'html' ? 'html' : 'text';
      capture = { target: 'item', field: 'mediaDescription', depth, mode, buf: '' };
      return;
    }

    if (item && depth === itemDepth + 1) {
      if (kind === 'atom' && name === 'author') return; // its <name> is read one level down
      if (kind === 'atom' && name === 'link') {
        const rel = (attrs.rel ?? 'alternate').toLowerCase();
        if (rel === 'alternate' && attrs.href && (!item.link || (attrs.type ?? '').includes('html'))) item.link = attrs.href;
        return;
      }
      const spec = ITEM_FIELDS[name];
      if (!spec) return;
      if (kind === 'rss' && spec.field === 'content') return; // not an RSS element
      if (kind === 'atom' && spec.field === 'source') return; // Atom's <source> is a feed's metadata, not a name
      const mode = spec.mode === 'atom' ? atomMode(kind, attrs) : spec.mode;
      if (name === 'guid') item.guidIsPermaLink = (attrs.ispermalink ?? 'true').toLowerCase() !== 'false';
      capture = { target: 'item', field: spec.field, depth, mode, buf: '' };
      return;
    }

    if (!item && (name === 'item' || name === 'entry')) {
      item = {};
      itemDepth = depth;
      itemNo += 1;
      itemLanguage = attrs['xml:lang'] ?? null;
      return;
    }

    const parent = stack[depth - 1];
    const isChannelChild = kind === 'atom' ? depth === 1 : parent === 'channel';
    if (!item && isChannelChild) {
      if (kind === 'atom' && name === 'link') {
        const rel = (attrs.rel ?? 'alternate').toLowerCase();
        if (rel === 'alternate' && attrs.href && channelLink === null) channelLink = attrs.href.trim();
        return;
      }
      if (name === 'link' && channelLink === null) {
        capture = { target: 'channel', field: 'channelLink', depth, mode: 'text', buf: '' };
      } else if (kind === 'atom' && name === 'id' && channelId === null) {
        capture = { target: 'channel', field: 'channelId', depth, mode: 'text', buf: '' };
      } else if (name === 'title' && channelTitle === null) {
        capture = { target: 'channel', field: 'channelTitle', depth, mode: atomMode(kind, attrs), buf: '' };
      } else if ((name === 'language' || name === 'dc:language') && channelLanguage === null) {
        capture = { target: 'channel', field: 'channelLanguage', depth, mode: 'text', buf: '' };
      }
    }
  };

  parser.ontext = (text: string) => {
    if (capture) capture.buf += text;
  };
  parser.oncdata = (text: string) => {
    if (capture) capture.buf += text;
  };

  parser.onclosetag = (name: string) => {
    stack.pop();
    const depth = stack.length;
    if (capture && depth === capture.depth) {
      const value = finishText(capture.mode, capture.buf);
      if (capture.target === 'channel') {
        if (capture.field === 'channelTitle') channelTitle = value || null;
        else if (capture.field === 'channelLink') channelLink = value || null;
        else if (capture.field === 'channelId') channelId = value || null;
        else channelLanguage = value || null;
      } else if (item) {
        const field = capture.field as keyof ItemFields;
        if ((item as Record<string, unknown>)[field] === undefined) (item as Record<string, unknown>)[field] = value;
        if (field === 'description') item.descriptionHtml ??= capture.buf;
      }
      capture = null;
      return;
    }
    if (capture && BLOCK_ELEMENTS.has(name)) capture.buf += '\n';
    if (item && depth === itemDepth) finishItem();
  };

  const source = openInput(input, options.onOpen);
  let decoder: TextDecoder | null = null;
  try {
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      let text: string;
      if (typeof chunk === 'string') text = chunk;
      else {
        decoder ??= new TextDecoder(sniffXmlEncoding(chunk));
        text = decoder.decode(chunk, { stream: true });
      }
      parser.write(text);
      if (rootName !== null && kind === null) {
        throw new FormatError('rss', `not an RSS or Atom feed (root element <${rootName}>)`);
      }
      while (out.length > 0) yield out.shift()!;
    }
    if (decoder) parser.write(decoder.decode());
    parser.close();
    while (out.length > 0) yield out.shift()!;
  } finally {
    source.destroy();
  }
  if (rootName === null) throw new FormatError('rss', 'no XML element found');
  if (item) {
    // Truncated file: the last item never closed.
    yield { ok: false, recordNo: itemNo, reason: 'item is not closed before the end of the file', raw: JSON.stringify(item) };
  }
}
