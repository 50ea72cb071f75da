import type { Readable } from 'node:stream';
import Assembler from 'stream-json/assembler.js';
import { parser as jsonParser, type Token } from 'stream-json/parser.js';
import { parseIsoDate, type AssumedZone } from '@app/domain';
import { buildDocument } from './document.js';
import { openInput, pull } from './streams.js';
import { FormatError, type ImportInput, type ParsedRecord, type ReadOptions } from './types.js';

/** Chat-level facts gathered from the keys that precede `messages`. */
export interface TelegramChat {
  name?: string;
  type?: string;
  id?: string;
  username?: string;
  /** one of the chats of a full-account export (`chats.list`), not a single-chat export */
  listed?: boolean;
}

/** Chat types whose posts have public t.me/<username>/<id> links once the chat has a username. */
const LINKABLE_TYPES = new Set(['public_channel', 'private_channel', 'public_supergroup', 'private_supergroup']);

/**
 * The username whose t.me links a chat's posts get: the chat's own, else `--telegram-username`
 * for the one chat of a single-chat export, if it is a channel or supergroup (or of unknown type).
 * Personal chats, bots, small groups and the chats of an account export never get it.
 */
function linkUsername(chat: TelegramChat, option: string | undefined): string | null {
  const own = normaliseUsername(chat.username);
  if (own) return own;
  if (!option || chat.listed || (chat.type !== undefined && !LINKABLE_TYPES.has(chat.type))) return null;
  return normaliseUsername(option);
}

/**
 * Chat types of a full-account export that are the exporting person's own correspondence, not
 * something monitored: their messages are left out, so that importing an account export does not
 * put private conversations into a shared database. (A single-chat export is imported whatever
 * its type: the user chose that chat.)
 */
const PRIVATE_TYPES = new Set(['personal_chat', 'bot_chat', 'saved_messages']);

/** One element of a `messages` array, in file order. */
export type TelegramEvent =
  | { kind: 'message'; index: number; chat: TelegramChat; message: unknown }
  | { kind: 'not-an-object'; index: number; chat: TelegramChat; raw: string };

type Role = 'chat' | 'chats' | 'list' | 'messages' | 'other';
interface Frame {
  role: Role;
  key: string | null;
  chat?: TelegramChat;
}

const CHAT_SCALARS = new Set(['name', 'type', 'id', 'username']);
/** Keys of a full-account export (Settings → Export Telegram data), whose chats sit in `chats.list`. */
const ACCOUNT_EXPORT_KEYS = new Set(['chats', 'left_chats', 'personal_information', 'contacts', 'about']);

function scalarOf(token: Token): string | number | boolean | null | undefined {
  switch (token.name) {
    case 'stringValue':
      return token.value;
    case 'numberValue':
      return Number(token.value);
    case 'trueValue':
      return true;
    case 'falseValue':
      return false;
    case 'nullValue':
      return null;
    default:
      return undefined;
  }
}

/**
 * Walks the token stream of a Telegram Desktop export without materialising it: the chat's
 * scalar keys are remembered, each element of a `messages` array is assembled on its own and
 * handed over, everything else is skipped. Handles both a single-chat export (`result.json` with
 * `name/type/id/messages`) and a full-account export (`chats.list[*].messages`).
 */
export class TelegramWalker {
  private readonly frames: Frame[] = [];
  private asm: Assembler | null = null;
  private asmChat: TelegramChat | null = null;
  private index = 0;
  private messagesArrays = 0;

  constructor(private readonly rootDefaults: TelegramChat = {}) {}

  push(token: Token, emit: (event: TelegramEvent) => void): void {
    if (this.asm) {
      this.asm.consume(token);
      if (this.asm.done) {
        const value = this.asm.current;
        const chat = this.asmChat!;
        this.asm = null;
        this.asmChat = null;
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          emit({ kind: 'message', index: this.index, chat, message: value });
        } else {
          emit({ kind: 'not-an-object', index: this.index, chat, raw: JSON.stringify(value) });
        }
      }
      return;
    }

    const top = this.frames[this.frames.length - 1];
    switch (token.name) {
      case 'startObject':
      case 'startArray': {
        const isObject = token.name === 'startObject';
        if (top?.role === 'messages') {
          this.index += 1;
          this.asm = new Assembler();
          this.asmChat = top.chat!;
          this.asm.consume(token);
          return;
        }
        let frame: Frame = { role: 'other', key: null };
        if (!top) {
          if (!isObject) throw new FormatError('telegram', 'the file is a JSON array, not a Telegram export object');
          frame = { role: 'chat', key: null, chat: { ...this.rootDefaults } };
        } else if (top.role === 'chat' && top.key === 'messages' && !isObject) {
          frame = { role: 'messages', key: null, chat: top.chat };
          this.messagesArrays += 1;
        } else if (top.role === 'chat' && (top.key === 'chats' || top.key === 'left_chats') && isObject) {
          frame = { role: 'chats', key: null };
        } else if (top.role === 'chats' && top.key === 'list' && !isObject) {
          frame = { role: 'list', key: null };
        } else if (top.role === 'list' && isObject) {
          frame = { role: 'chat', key: null, chat: { listed: true } };
        }
        this.frames.push(frame);
        return;
      }
      case 'endObject':
      case 'endArray':
        this.frames.pop();
        return;
      case 'keyValue':
        if (top) top.key = token.value;
        return;
      case 'stringValue':
      case 'numberValue':
      case 'trueValue':
      case 'falseValue':
      case 'nullValue': {
        if (!top) throw new FormatError('telegram', 'the file holds a single JSON value, not a Telegram export object');
        if (top.role === 'messages') {
          this.index += 1;
          emit({ kind: 'not-an-object', index: this.index, chat: top.chat!, raw: JSON.stringify(scalarOf(token)) });
          return;
        }
        if (top.role === 'chat' && top.key && CHAT_SCALARS.has(top.key)) {
          const value = scalarOf(token);
          if (value !== null && value !== undefined && value !== '') {
            (top.chat as Record<string, string>)[top.key] = String(value);
          }
        }
        return;
      }
      default:
        return; // streamed chunks are switched off; nothing else carries meaning here
    }
  }

  /** Elements of `messages` arrays begun so far (the number of the one being read). */
  get messagesBegun(): number {
    return this.index;
  }

  /** True when the whole input held no `messages` array at all (not a Telegram export). */
  sawNoMessages(): boolean {
    return this.messagesArrays === 0;
  }
}

function tokenStream(input: ImportInput, onOpen?: ReadOptions['onOpen']): { source: Readable; tokens: Readable } {
  const source = openInput(input, onOpen);
  const tokens = jsonParser.asStream({ streamValues: false });
  source.on('error', (err) => tokens.destroy(err));
  source.pipe(tokens);
  return { source, tokens };
}

/**
 * Root-level `name`/`id`/`username` of a single-chat export when they come after `messages`
 * (Telegram Desktop writes them first, so this normally stops after a few tokens).
 */
async function scanRootHeader(path: string): Promise<TelegramChat> {
  const { source, tokens } = tokenStream(path);
  const header: TelegramChat = {};
  let depth = 0;
  let key: string | null = null;
  try {
    for await (const token of tokens as AsyncIterable<Token>) {
      if (token.name === 'startObject' || token.name === 'startArray') depth += 1;
      else if (token.name === 'endObject' || token.name === 'endArray') depth -= 1;
      else if (depth === 1 && token.name === 'keyValue') {
        key = token.value;
        if (ACCOUNT_EXPORT_KEYS.has(key)) break;
      } else if (depth === 1 && key && CHAT_SCALARS.has(key)) {
        const value = scalarOf(token);
        if (value !== null && value !== undefined) (header as Record<string, string>)[key] = String(value);
        if (header.name && header.id) break;
      }
    }
  } catch {
    // Not JSON, or broken before the header's end: the main pass reports it with its context.
  } finally {
    tokens.destroy();
    source.destroy();
  }
  return header;
}

/**
 * Visible text of a message: `text_entities` (or `text`) pieces joined, formatting dropped. An empty
 * `text_entities` beside a `text` (converters and edited files write such) leaves the text.
 */
export function flattenTelegramText(message: Record<string, unknown>): string {
  const entities = message.text_entities;
  const pieces = Array.isArray(entities) && entities.length > 0 ? entities : message.text;
  if (typeof pieces === 'string') return pieces;
  if (!Array.isArray(pieces)) return '';
  return pieces
    .map((piece: unknown) => {
      if (typeof piece === 'string') return piece;
      if (piece && typeof piece === 'object' && typeof (piece as { text?: unknown }).text === 'string') {
        return (piece as { text: string }).text;
      }
      return '';
    })
    .join('');
}

function hasUnixTime(message: Record<string, unknown>): boolean {
  const unix = message.date_unixtime;
  return (typeof unix === 'string' && /^\d{1,12}$/.test(unix)) || (typeof unix === 'number' && Number.isInteger(unix));
}

function messageDate(message: Record<string, unknown>, assumedZone: AssumedZone = 0): string | null {
  if (hasUnixTime(message)) {
    const date = new Date(Number(message.date_unixtime) * 1000);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  // `date` is the exporting computer's local time without an offset: UTC unless --utc-offset or --time-zone says otherwise.
  if (typeof message.date === 'string') return parseIsoDate(message.date, assumedZone)?.toISOString() ?? null;
  return null;
}

function normaliseUsername(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(?:https?:\/\/)?(?:t\.me\/|telegram\.me\/)?@?([A-Za-z0-9_]{3,64})\/?$/.exec(value.trim());
  return m ? m[1] : null;
}

/**
 * Who posted a message, when it is someone other than the chat: the signature of a channel post
 * (`author`), or the member who wrote in a group or personal chat (`from`). A channel's own posts
 * are "from" the channel, which is already the source.
 */
function authorOf(message: Record<string, unknown>, chat: TelegramChat): string | undefined {
  if (typeof message.author === 'string' && message.author.trim() !== '') return message.author;
  const from = message.from;
  if (typeof from !== 'string' || from.trim() === '') return undefined;
  if (chat.type !== undefined ? chat.type.endsWith('_channel') : from === chat.name) return undefined;
  return from;
}

/** Telegram Desktop JSON export (`result.json`), messages streamed one by one. */
export async function* readTelegram(input: ImportInput, options: ReadOptions = {}): AsyncGenerator<ParsedRecord> {
  const rootDefaults = typeof input === 'string' ? await scanRootHeader(input) : {};
  const { source, tokens } = tokenStream(input, options.onOpen);
  const walker = new TelegramWalker(rootDefaults);
  const events = pull<TelegramEvent, Token>(tokens, (token, emit) => walker.push(token, emit), undefined, [source]);

  let seenMessages = false;
  const privateChats = new Set<string>();
  let privateMessages = 0;
  let textless = 0;
  let serviceMessages = 0;
  let localTimes = 0;
  try {
    for await (const event of events) {
      seenMessages = true;
      const chat = event.chat;
      if (chat.listed && chat.type !== undefined && PRIVATE_TYPES.has(chat.type)) {
        privateChats.add(chat.id ?? chat.name ?? chat.type);
        privateMessages += 1;
        continue;
      }
      if (event.kind === 'not-an-object') {
        yield { ok: false, recordNo: event.index, reason: 'message is not a JSON object', raw: event.raw };
        continue;
      }
      const message = event.message as Record<string, unknown>;
      if (message.type === 'service') {
        serviceMessages += 1;
        continue;
      }
      const text = flattenTelegramText(message);
      if (text.trim() === '') {
        textless += 1; // media without caption, stickers, polls...
        continue;
      }

      const raw = JSON.stringify(message);
      const problems: string[] = [];
      const id = message.id;
      if (!(typeof id === 'number' && Number.isInteger(id)) && !(typeof id === 'string' && /^\d+$/.test(id))) {
        problems.push('message has no numeric id');
      }
      const publishedAt = messageDate(message, options.assumedZone);
      if (publishedAt && !hasUnixTime(message)) localTimes += 1;
      if (!publishedAt) {
        problems.push(
          message.date === undefined && message.date_unixtime === undefined
            ? 'missing date'
            : `unparsable date "${String(message.date ?? message.date_unixtime)}"`,
        );
      }
      const username = linkUsername(chat, options.telegramUsername);
      const built = buildDocument(
        {
          externalId: chat.id && problems.length === 0 ? `tg:${chat.id}:${String(id)}` : undefined,
          url: username && problems.length === 0 ? `https://t.me/${username}/${String(id)}` : undefined,
          author: authorOf(message, chat),
          text,
          publishedAt: publishedAt ?? undefined,
          source: chat.name ? { name: chat.name, platform: 'telegram' } : undefined,
        },
        { sourceOverride: options.sourceOverride, defaultPlatform: 'telegram' },
      );
      if (!built.ok) {
        for (const p of built.reason.split('; ')) {
          if (p === 'missing publishedAt' && !publishedAt) continue; // already described above
          problems.push(p === 'missing source name' ? 'missing source name (the chat has no name; use --source)' : p);
        }
      }
      if (problems.length > 0 || !built.ok) {
        yield { ok: false, recordNo: event.index, reason: problems.join('; '), raw };
      } else {
        yield { ok: true, recordNo: event.index, document: built.document, raw };
      }
    }
  } catch (err) {
    if (err instanceof FormatError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if ((err as { code?: unknown })?.code !== undefined && !(err instanceof SyntaxError)) throw err;
    if (walker.messagesBegun === 0) throw new FormatError('telegram', `invalid JSON: ${message}`);
    // A cut-off or damaged export: the messages before the break stand; the break is a reject.
    yield {
      ok: false,
      recordNo: walker.messagesBegun,
      reason: `invalid JSON in or after this message (${message}); the rest of the file was not read`,
      raw: '',
    };
  }
  if (localTimes > 0 && !options.assumedZone) {
    options.onNotice?.(
      `${localTimes} message(s) carry only the exporting computer's local time (no date_unixtime) and were read as UTC; ` +
        'if that computer was elsewhere, import into a fresh database with --time-zone (e.g. Europe/Kyiv, which follows summer time) or --utc-offset (e.g. +02:00)',
    );
  }
  if (textless > 0 || serviceMessages > 0) {
    const parts = [
      ...(textless > 0 ? [`${textless} message(s) without text (photos or videos without a caption, stickers, polls)`] : []),
      ...(serviceMessages > 0 ? [`${serviceMessages} service message(s) (joins, pins, title changes)`] : []),
    ];
    options.onNotice?.(`left out ${parts.join(' and ')}: nothing to read claims from`);
  }
  if (privateMessages > 0) {
    options.onNotice?.(
      `left out ${privateMessages} message(s) of ${privateChats.size} personal chat(s), bot chat(s) or Saved Messages of this account export; ` +
        'export such a chat on its own to import it',
    );
  }
  if (!seenMessages && walker.sawNoMessages()) {
    throw new FormatError('telegram', 'no "messages" array found; is this a Telegram Desktop JSON export?');
  }
}
