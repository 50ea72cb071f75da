import { createHash } from 'node:crypto';
import { normalizeText } from '../text/normalize.js';
import {
  BAND_COUNT,
  bandKeys,
  bandKeysOfValues,
  bandNumbersOfValues,
  bandSlotsOfValues,
  DEFAULT_NEAR_DUPLICATE_THRESHOLD,
  minHashValues,
  shingles,
  signature,
  SIGNATURE_SIZE,
  similarity,
} from './minhash.js';
import { assignClusters } from './assign-clusters.js';

const n = normalizeText;

/** Exact Jaccard similarity of the shingle sets, to check the MinHash estimate against. */
function jaccard(a: string, b: string): number {
  const sa = new Set(shingles(n(a)));
  const sb = new Set(shingles(n(b)));
  let common = 0;
  for (const x of sa) if (sb.has(x)) common++;
  return common / (sa.size + sb.size - common);
}

/** Same post with small edits: a changed word, emoji, punctuation, links, a BREAKING prefix. */
const NEAR_DUPLICATES: Array<[string, string]> = [
  [
    'Russian troops have withdrawn from the village of Krynky after heavy losses, the Ukrainian navy said.',
    'Russian troops have withdrawn from the village of Krynky after heavy casualties, the Ukrainian navy said.',
  ],
  [
    'NATO troops are already fighting in Ukraine, a leaked document shows.',
    'BREAKING: NATO troops are already fighting in Ukraine, a leaked document shows!!! 🔥🔥 https://t.me/leaks/881',
  ],
  [
    'Киев готовит провокацию с химическим оружием на Донбассе, заявили в Минобороны РФ.',
    'Киев готовит провокацию с химоружием на Донбассе, заявили в Минобороны России.',
  ],
  ['Україна отримала перші винищувачі F-16 від Нідерландів.', '⚡️Терміново: Україна отримала перші винищувачі F-16 від Данії'],
  [
    '«Западное оружие перепродают на черном рынке в Европе», — пишет источник.',
    'СРОЧНО!!! "Западное оружие перепродают на чёрном рынке в Европе" - пишет источник 👇 www.example.ru/a',
  ],
];

/** Different claims about the same topic. */
const SAME_TOPIC: Array<[string, string]> = [
  [
    'Ukraine shot down 30 Russian drones overnight, the air force said.',
    'Russia says it shot down 30 Ukrainian drones over Belgorod overnight.',
  ],
  ['NATO is preparing to send troops to Ukraine, Russian media claim.', 'NATO has no plans to send troops to Ukraine, Stoltenberg said.'],
  ['Мобилизации в России не будет, заявил Песков.', 'В России начнется новая волна мобилизации, утверждают украинские СМИ.'],
  [
    'Russian missiles hit an energy facility in Lviv region overnight, the governor said.',
    'Russian drones hit a school in Odesa overnight, the mayor said.',
  ],
  ['Україна отримала перші винищувачі F-16 від Нідерландів.', 'Нідерланди передадуть Україні ще 18 винищувачів F-16 до кінця року.'],
];

describe('shingles', () => {
  it('are the words and adjacent word pairs', () => {
    expect(shingles('russia denies it')).toEqual(['russia', 'denies', 'it', 'russia denies', 'denies it']);
  });

  it('drop leading urgency markers', () => {
    expect(shingles(n('BREAKING: Russia denies it'))).toEqual(shingles('russia denies it'));
    expect(shingles(n('Срочно! Молния: Россия отрицает'))).toEqual(shingles('россия отрицает'));
    expect(shingles(n('Just in: Russia denies it'))).toEqual(shingles('russia denies it'));
    // a marker that is the whole text is kept
    expect(shingles('breaking')).toEqual(['breaking']);
  });
});

describe('signature', () => {
  it('keeps its stored format: databases hold band keys made from these values', () => {
    // sha-256 (first 16 hex digits) of signatures computed when the format was fixed; a change here
    // changes every stored band key and needs SIGNATURE_VERSION bumped and the keys recomputed
    const pinned: Array<[string, string]> = [
    ["BREAKING: Russia denies it", 'd1738bea788214c5'],
    ["Moscow says it captured Kupiansk, Kyiv denies it; Kyiv denies it again.", '8283502f5f1da7b8'],
    ["Терміново! Україна отримала нову партію ППО від партнерів", '42b41930b1d88937'],
    ["Срочно: Запад устал от Украины, пишут СМИ", 'c4cdb8df251733ff'],
    ["just in the the the the", '684be9f653fb9c84'],
    ["word", 'b9af586b271c31cb'],
    ["A a a a a a a b b", '90f0655bd992aafa'],
    ["Ukraine’s U.S. allies pledge “more” aid — 3.5 billion, 24.02.2022", '385fe1f4c9c4fe78'],
    ];
    for (const [text, digest] of pinned) {
      expect([text, createHash('sha256').update(signature(n(text))).digest('hex').slice(0, 16)]).toEqual([text, digest]);
    }
  });

  it('keeps its band keys: numeric keys, slots and text keys of these texts are pinned the same way', () => {
    const pinned: Array<[string, string]> = [
      ["Moscow says it captured Kupiansk, Kyiv denies it; Kyiv denies it again.", '77ef10e314184ded'],
      ["Терміново! Україна отримала нову партію ППО від партнерів", '6c24ef667a2796e7'],
      ["word", 'f84553b04520c5fd'],
    ];
    for (const [text, digest] of pinned) {
      const values = minHashValues(n(text))!;
      const keys = JSON.stringify([bandNumbersOfValues(values), [...bandSlotsOfValues(values)], bandKeysOfValues(values)]);
      expect([text, createHash('sha256').update(keys).digest('hex').slice(0, 16)]).toEqual([text, digest]);
    }
  });

  it('is a versioned hex string of fixed size, the same on every call', () => {
    const sig = signature(n('Russia denies the attack on the dam.'));
    expect(sig).toMatch(new RegExp(`^mh1:[0-9a-f]{${SIGNATURE_SIZE * 8}}$`));
    expect(signature(n('Russia denies the attack on the dam.'))).toBe(sig);
  });

  it('is equal for texts that differ only in case, quotes, emoji and links', () => {
    expect(signature(n('«Крым наш», — заявил он 🇷🇺 https://x.y/z'))).toBe(signature(n('"КРЫМ НАШ", - заявил он')));
  });

  it('is empty for text without words', () => {
    expect(signature('')).toBe('');
    expect(signature(n('🔥🔥 https://x.y !!!'))).toBe('');
  });
});

describe('similarity', () => {
  it('is 1 for equal signatures and 0 for empty or foreign ones', () => {
    const sig = signature(n('The dam was destroyed by shelling.'));
    expect(similarity(sig, sig)).toBe(1);
    expect(similarity(sig, '')).toBe(0);
    expect(similarity('', '')).toBe(0);
    expect(similarity(sig, `mh0:${sig.slice(4)}`)).toBe(0);
  });

  it('estimates the Jaccard similarity of the shingles', () => {
    for (const [a, b] of [...NEAR_DUPLICATES, ...SAME_TOPIC]) {
      const estimate = similarity(signature(n(a)), signature(n(b)));
      expect(Math.abs(estimate - jaccard(a, b))).toBeLessThan(0.15);
    }
  });
});

describe('bandKeys', () => {
  it('gives one key per band, numbered', () => {
    const keys = bandKeys(signature(n('Russia denies the attack on the dam.')));
    expect(keys).toHaveLength(BAND_COUNT);
    keys.forEach((key, band) => expect(key).toMatch(new RegExp(`^${band}:[0-9a-f]{16}$`)));
  });

  it('shares keys between near duplicates and not between unrelated claims', () => {
    const shared = (a: string, b: string): number => {
      const ka = new Set(bandKeys(signature(n(a))));
      return bandKeys(signature(n(b))).filter((k) => ka.has(k)).length;
    };
    for (const [a, b] of NEAR_DUPLICATES) expect(shared(a, b)).toBeGreaterThan(0);
    expect(shared('The dam was destroyed by shelling.', 'Prices for bread rose in Moscow this week.')).toBe(0);
  });

  it('is empty for an empty or malformed signature', () => {
    expect(bandKeys('')).toEqual([]);
    expect(bandKeys('mh1:xyz')).toEqual([]);
  });
});

describe('assignClusters on pairs and floods', () => {
  const clusterOf = (texts: Array<[string, string]>, threshold?: number) =>
    assignClusters(texts.map(([id, text]) => ({ id, normalized: n(text) })), [], threshold).map((a) => a.clusterId);

  it.each(NEAR_DUPLICATES)('clusters small edits, in one batch and against a stored founder: %s', (a, b) => {
    expect(clusterOf([['first', a], ['copy', b]])).toEqual(['first', 'first']);
    const stored = [{ id: 'first', normalized: n(a), clusterId: 'first' }];
    expect(assignClusters([{ id: 'copy', normalized: n(b) }], stored).map((x) => x.clusterId)).toEqual(['first']);
  });

  it.each(SAME_TOPIC)('keeps different claims on one topic apart: %s', (a, b) => {
    expect(clusterOf([['one', a], ['two', b]])).toEqual(['one', 'two']);
  });

  it('names a cluster after its first member', () => {
    const base = 'Ukrainian saboteurs blew up the Nord Stream pipelines, a German newspaper reports.';
    expect(
      clusterOf([
        ['a', base],
        ['b', 'Something else entirely about grain exports from Odesa ports.'],
        ['c', `BREAKING: ${base}`],
        ['d', base.replace('German', 'Swiss')],
        ['e', base],
      ]),
    ).toEqual(['a', 'b', 'a', 'a', 'a']);
  });

  it('joins the most similar founder, not merely the first candidate', () => {
    expect(
      clusterOf(
        [
          ['x', 'The convoy left Kherson at dawn on Monday heading north to Mykolaiv with aid.'],
          ['y', 'The convoy left Odesa at night on Friday heading east to Mykolaiv with fuel.'],
          ['z', 'The convoy left Odesa at night on Friday heading east to Mykolaiv with food.'],
        ],
        0.3,
      ),
    ).toEqual(['x', 'y', 'y']);
  });

  it('puts texts without words in their own cluster', () => {
    expect(clusterOf([['a', ''], ['b', '']])).toEqual(['a', 'b']);
  });

  it('handles a flood of copies and many distinct posts', () => {
    const post = 'Zelensky has fled to London with his family, sources in Kyiv say. Share before it is deleted!';
    const words = ['drone', 'strike', 'border', 'grain', 'port', 'bridge', 'village', 'talks', 'sanctions', 'army', 'school', 'power'];
    const texts: Array<[string, string]> = [];
    for (let i = 0; i < 3000; i++) texts.push([`copy${i}`, i % 2 === 0 ? post : `${post} ${i}`]);
    for (let i = 0; i < 2000; i++) texts.push([`post${i}`, Array.from({ length: 12 }, (_, k) => `${words[(i * 7 + k * 5) % words.length]}${(i * 31 + k) % 97}`).join(' ')]);
    const clusters = clusterOf(texts);
    expect(clusters.slice(0, 3000).every((c) => c === 'copy0')).toBe(true);
    // every post that joined a cluster is a near copy of the cluster's founder
    const textOf = new Map(texts);
    clusters.slice(3000).forEach((clusterId, i) => {
      const [id, text] = texts[3000 + i]!;
      if (clusterId !== id) expect(similarity(signature(n(text)), signature(n(textOf.get(clusterId)!)))).toBeGreaterThanOrEqual(DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    });
  });
});
