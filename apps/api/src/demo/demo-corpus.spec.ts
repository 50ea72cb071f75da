import {
  buildDemoCorpus,
  DEMO_BURST_DAYS_BEFORE,
  DEMO_BURST_SLUG,
  DEMO_DAYS,
  DEMO_FADING_SLUG,
  DEMO_GROWING_SLUG,
  type DemoCorpus,
  type DemoDocument,
} from './demo-corpus.js';

const DAY_MS = 86_400_000;
const DEFAULT_END = Date.parse('2026-11-20T00:00:00Z');
/** same rule as libs/domain narratives/slug.ts */
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const share = (docs: DemoDocument[], pred: (d: DemoDocument) => boolean) => docs.filter(pred).length / docs.length;

/** 1-based "days before end" bucket: a document published on the last day before end is 1. */
const daysBefore = (d: DemoDocument, endMs: number) => Math.floor((endMs - Date.parse(d.publishedAt)) / DAY_MS) + 1;

/** counts per day, index 0 = DEMO_DAYS days before end ... last index = 1 day before end */
function dailyCounts(docs: DemoDocument[], endMs: number, pred: (d: DemoDocument) => boolean = () => true): number[] {
  const counts = new Array<number>(DEMO_DAYS).fill(0);
  for (const d of docs) if (pred(d)) counts[DEMO_DAYS - daysBefore(d, endMs)]++;
  return counts;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** sentence ends: . ! ? (optionally followed by a closing quote) before whitespace or the end */
const sentenceCount = (text: string) => (text.match(/[.!?]+["»”]?(?=\s|$)/g) ?? []).length;

/** loose keyword match: whole keyword, or a word stem (drop the last two letters of long single words) */
function mentionsKeyword(text: string, keywords: string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ]/g, "'");
  const hay = norm(text);
  return keywords.some((k) => {
    const kw = norm(k);
    if (hay.includes(kw)) return true;
    return !kw.includes(' ') && kw.length >= 7 && hay.includes(kw.slice(0, -2));
  });
}

function checkShape(corpus: DemoCorpus, endMs: number) {
  const docs = corpus.documents;
  // burst: the burst narrative peaks inside its window, far above its usual level
  const burst = dailyCounts(docs, endMs, (d) => d.narrativeSlug === DEMO_BURST_SLUG);
  const peak = Math.max(...burst);
  expect(peak).toBeGreaterThanOrEqual(3 * Math.max(1, median(burst)));
  const peakBefore = DEMO_DAYS - burst.indexOf(peak);
  expect(peakBefore).toBeLessThanOrEqual(DEMO_BURST_DAYS_BEFORE.from);
  expect(peakBefore).toBeGreaterThanOrEqual(DEMO_BURST_DAYS_BEFORE.to);
  const inWindow = docs.filter((d) => {
    const b = daysBefore(d, endMs);
    return d.narrativeSlug === DEMO_BURST_SLUG && b <= DEMO_BURST_DAYS_BEFORE.from && b >= DEMO_BURST_DAYS_BEFORE.to;
  }).length;
  expect(inWindow / docs.filter((d) => d.narrativeSlug === DEMO_BURST_SLUG).length).toBeGreaterThan(0.6);
  // the parent family (parent + burst child) also shows the burst over a non-trivial baseline
  const parent = corpus.narratives.find((n) => n.slug === DEMO_BURST_SLUG)?.parentSlug;
  const family = dailyCounts(docs, endMs, (d) => d.narrativeSlug === DEMO_BURST_SLUG || d.narrativeSlug === parent);
  expect(Math.max(...family)).toBeGreaterThanOrEqual(3 * Math.max(1, median(family)));

  // slow build-up: the last four weeks carry far more than the first four
  const growing = dailyCounts(docs, endMs, (d) => d.narrativeSlug === DEMO_GROWING_SLUG);
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  expect(sum(growing.slice(-28))).toBeGreaterThanOrEqual(2 * Math.max(1, sum(growing.slice(0, 28))));

  // fading: the first month carries far more than the last
  const fading = dailyCounts(docs, endMs, (d) => d.narrativeSlug === DEMO_FADING_SLUG);
  expect(sum(fading.slice(0, 30))).toBeGreaterThanOrEqual(3 * Math.max(1, sum(fading.slice(-30))));

  // weekly rhythm: weekend days are quieter on average
  const all = dailyCounts(docs, endMs);
  const weekend: number[] = [];
  const weekday: number[] = [];
  all.forEach((n, i) => {
    const dow = new Date(endMs - (DEMO_DAYS - i) * DAY_MS + 12 * 3_600_000).getUTCDay();
    (dow === 0 || dow === 6 ? weekend : weekday).push(n);
  });
  expect(sum(weekend) / weekend.length).toBeLessThan(0.8 * (sum(weekday) / weekday.length));
}

describe('buildDemoCorpus', () => {
  const corpus = buildDemoCorpus();
  const { narratives, documents: docs } = corpus;
  const slugs = new Set(narratives.map((n) => n.slug));

  describe('narratives', () => {
    it('has at least 8 narratives with valid, unique slugs and English names', () => {
      expect(narratives.length).toBeGreaterThanOrEqual(8);
      expect(slugs.size).toBe(narratives.length);
      for (const n of narratives) {
        expect(n.slug).toMatch(SLUG_RE);
        expect(n.name).toMatch(/^[\x20-\x7E’]+$/);
        expect(n.description.length).toBeGreaterThan(30);
      }
    });

    it('has a hierarchy whose parents exist and come first', () => {
      const children = narratives.filter((n) => n.parentSlug);
      expect(children.length).toBeGreaterThanOrEqual(1);
      for (const child of children) {
        const parentIndex = narratives.findIndex((n) => n.slug === child.parentSlug);
        expect(parentIndex).toBeGreaterThanOrEqual(0);
        expect(parentIndex).toBeLessThan(narratives.indexOf(child));
        expect(child.parentSlug).not.toBe(child.slug);
      }
    });

    it('has keywords in English, Russian and Ukrainian', () => {
      for (const n of narratives) {
        expect(n.keywords.some((k) => /[a-z]/i.test(k))).toBe(true);
        expect(n.keywords.some((k) => /[а-яё]/i.test(k) && !/[іїєґ’]/i.test(k))).toBe(true);
        expect(n.keywords.some((k) => /[іїєґ’]/i.test(k))).toBe(true);
      }
    });

    it('is what its documents talk about (keywords appear in at least a third of them)', () => {
      for (const n of narratives) {
        const own = docs.filter((d) => d.narrativeSlug === n.slug);
        expect(own.length).toBeGreaterThan(0);
        const hits = own.filter((d) => mentionsKeyword(`${d.title ?? ''} ${d.text}`, n.keywords)).length;
        expect(hits / own.length).toBeGreaterThan(1 / 3);
      }
    });
  });

  describe('documents', () => {
    it('has at least 360 documents', () => {
      expect(docs.length).toBeGreaterThanOrEqual(360);
    });

    it('spans at least 120 days, all before the end date, up to the last day', () => {
      const times = docs.map((d) => Date.parse(d.publishedAt));
      for (const d of docs) expect(new Date(d.publishedAt).toISOString()).toBe(d.publishedAt);
      const min = Math.min(...times);
      const max = Math.max(...times);
      expect((max - min) / DAY_MS).toBeGreaterThanOrEqual(120);
      expect(max).toBeLessThan(DEFAULT_END);
      expect(max).toBeGreaterThanOrEqual(DEFAULT_END - 2 * DAY_MS);
    });

    it('is sorted by publication time with sequential ids', () => {
      docs.forEach((d, i) => {
        expect(d.externalId).toBe(`demo-${String(i + 1).padStart(4, '0')}`);
        if (i > 0) expect(Date.parse(d.publishedAt)).toBeGreaterThanOrEqual(Date.parse(docs[i - 1].publishedAt));
      });
    });

    it('gives web articles a byline and Telegram posts and TV segments none', () => {
      const web = docs.filter((d) => d.source.platform === 'web');
      expect(web.length).toBeGreaterThan(0);
      for (const d of web) expect(d.author).toEqual(expect.any(String));
      for (const d of docs) if (d.source.platform !== 'web') expect(d.author).toBeNull();
      expect(new Set(web.map((d) => d.author)).size).toBeGreaterThan(3);
    });

    it('has unique ids and urls on invented .test domains', () => {
      expect(new Set(docs.map((d) => d.externalId)).size).toBe(docs.length);
      expect(new Set(docs.map((d) => d.url)).size).toBe(docs.length);
      for (const d of docs) expect(d.url).toMatch(/^https:\/\/example-[a-z0-9-]+\.test\/\S+$/);
    });

    it('represents each language with at least 20% of documents, and uses all platforms', () => {
      for (const lang of ['en', 'ru', 'uk'] as const) expect(share(docs, (d) => d.language === lang)).toBeGreaterThanOrEqual(0.2);
      for (const platform of ['web', 'telegram', 'tv'] as const) expect(share(docs, (d) => d.source.platform === platform)).toBeGreaterThanOrEqual(0.05);
    });

    it('comes from 12 to 15 sources, each with one platform, country and url host', () => {
      const byName = new Map<string, { platform: string; country: string; hosts: Set<string>; langs: Set<string> }>();
      for (const d of docs) {
        const entry = byName.get(d.source.name) ?? { platform: d.source.platform, country: d.source.country, hosts: new Set(), langs: new Set() };
        expect(d.source.platform).toBe(entry.platform);
        expect(d.source.country).toBe(entry.country);
        expect(d.source.country).toMatch(/^[A-Z]{2}$/);
        entry.hosts.add(new URL(d.url).host);
        entry.langs.add(d.language);
        byName.set(d.source.name, entry);
      }
      expect(byName.size).toBeGreaterThanOrEqual(12);
      expect(byName.size).toBeLessThanOrEqual(15);
      for (const entry of byName.values()) {
        expect(entry.hosts.size).toBe(1);
        expect(entry.langs.size).toBe(1);
      }
    });

    it('points every document at an existing narrative or none', () => {
      for (const d of docs) if (d.narrativeSlug !== null) expect(slugs.has(d.narrativeSlug)).toBe(true);
    });

    it('has about 10% background documents, neutral and unreviewed', () => {
      const background = docs.filter((d) => d.narrativeSlug === null);
      expect(background.length / docs.length).toBeGreaterThanOrEqual(0.06);
      expect(background.length / docs.length).toBeLessThanOrEqual(0.15);
      for (const d of background) {
        expect(d.stance).toBe('NEUTRAL');
        expect(d.review).toBe('none');
      }
    });

    it('mixes stances: every narrative is both pushed and rebutted', () => {
      for (const n of narratives) {
        const own = docs.filter((d) => d.narrativeSlug === n.slug);
        expect(own.some((d) => d.stance === 'SUPPORTS')).toBe(true);
        expect(own.some((d) => d.stance === 'REFUTES')).toBe(true);
      }
      const linked = docs.filter((d) => d.narrativeSlug !== null);
      expect(share(linked, (d) => d.stance === 'REFUTES')).toBeGreaterThanOrEqual(0.15);
      expect(share(linked, (d) => d.stance === 'NEUTRAL')).toBeGreaterThanOrEqual(0.05);
      expect(share(linked, (d) => d.stance === 'SUPPORTS')).toBeGreaterThanOrEqual(0.4);
    });

    it('has the intended review distribution and confidences', () => {
      expect(share(docs, (d) => d.review === 'confirmed')).toBeGreaterThanOrEqual(0.47);
      expect(share(docs, (d) => d.review === 'confirmed')).toBeLessThanOrEqual(0.63);
      expect(share(docs, (d) => d.review === 'suggested')).toBeGreaterThanOrEqual(0.24);
      expect(share(docs, (d) => d.review === 'suggested')).toBeLessThanOrEqual(0.36);
      expect(share(docs, (d) => d.review === 'rejected')).toBeGreaterThanOrEqual(0.02);
      expect(share(docs, (d) => d.review === 'rejected')).toBeLessThanOrEqual(0.09);
      expect(share(docs, (d) => d.review === 'none')).toBeLessThanOrEqual(0.18);
      for (const d of docs) {
        expect(d.confidence).toBeGreaterThanOrEqual(0.5);
        expect(d.confidence).toBeLessThanOrEqual(0.95);
      }
      expect(new Set(docs.filter((d) => d.review === 'suggested').map((d) => d.confidence)).size).toBeGreaterThan(10);
    });
  });

  describe('texts', () => {
    it('are 1 to 3 filled-in sentences in the document language', () => {
      for (const d of docs) {
        expect(d.text).not.toMatch(/[{}]/);
        expect(d.title ?? '').not.toMatch(/[{}]/);
        const n = sentenceCount(d.text);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(3);
        if (d.language === 'en') expect(d.text).not.toMatch(/[а-яёіїєґ]/i);
        if (d.language === 'ru') {
          expect(d.text).toMatch(/[а-яё]/i);
          expect(d.text).not.toMatch(/[іїєґ]/i);
        }
        if (d.language === 'uk') expect(d.text).toMatch(/[іїєґ]/i);
      }
    });

    it('have titles on web and TV, none on Telegram', () => {
      for (const d of docs) {
        if (d.source.platform === 'telegram') expect(d.title).toBeNull();
        else expect(typeof d.title === 'string' && d.title.length > 0).toBe(true);
      }
    });

    it('vary: most texts are distinct, and towns, officials and quotes appear', () => {
      expect(new Set(docs.map((d) => d.text)).size / docs.length).toBeGreaterThanOrEqual(0.8);
      const all = docs.map((d) => d.text).join('\n');
      for (const town of ['Kupiansk', 'Pokrovsk', 'Chasiv Yar', 'Vovchansk', 'Huliaipole', 'Купянск', 'Куп’янськ']) expect(all).toContain(town);
      for (const attribution of ['Defence Ministry said', 'заявил Песков', 'За словами Сирського', 'Генштаб спростував', 'Kyiv denied', 'Fact-checkers found']) {
        expect(all).toContain(attribution);
      }
      expect(docs.some((d) => /«[^»]+»/.test(d.text))).toBe(true);
      expect(docs.some((d) => /"[^"]+"/.test(d.text))).toBe(true);
    });
  });

  describe('shape over time', () => {
    it('shows the burst, the build-up, the fade and quieter weekends', () => {
      checkShape(corpus, DEFAULT_END);
    });

    it.each([1, 2, 3, 42, 777])('keeps that shape for seed %i', (seed) => {
      const other = buildDemoCorpus({ seed });
      expect(other.documents.length).toBeGreaterThanOrEqual(360);
      checkShape(other, DEFAULT_END);
    });
  });

  describe('determinism', () => {
    it('returns the same corpus for the same seed and end date', () => {
      expect(buildDemoCorpus()).toEqual(corpus);
      expect(buildDemoCorpus({ seed: 7 })).toEqual(buildDemoCorpus({ seed: 7 }));
    });

    it('returns a different corpus for a different seed', () => {
      const other = buildDemoCorpus({ seed: 7 });
      expect(other.documents.map((d) => d.text)).not.toEqual(docs.map((d) => d.text));
      expect(other.narratives).toEqual(narratives);
    });

    it('anchors dates to the given end date', () => {
      const end = new Date('2025-03-01T00:00:00Z');
      const shifted = buildDemoCorpus({ endDate: end });
      const times = shifted.documents.map((d) => Date.parse(d.publishedAt));
      expect(Math.max(...times)).toBeLessThan(end.getTime());
      expect((Math.max(...times) - Math.min(...times)) / DAY_MS).toBeGreaterThanOrEqual(120);
      checkShape(shifted, end.getTime());
    });

    it('does not share mutable state between calls', () => {
      const first = buildDemoCorpus();
      first.narratives[0].keywords.push('mutated');
      first.documents[0].text = 'mutated';
      expect(buildDemoCorpus()).toEqual(corpus);
    });
  });
});
