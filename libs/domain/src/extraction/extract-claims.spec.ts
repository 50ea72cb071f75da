import { normalizeText } from '../text/normalize.js';
import { extractClaims, fingerprintOf } from './extract-claims.js';

const texts = (text: string, title?: string | null, language?: string | null): string[] =>
  extractClaims({ text, title, language }).map((c) => c.text);

describe('fingerprintOf', () => {
  it('is the sha1 hex of the normalised text', () => {
    expect(fingerprintOf('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});

describe('extractClaims', () => {
  it('fills every field of a claim', () => {
    const [claim] = extractClaims({ text: '«Мы не ведем переговоров под огнем», — заявил Песков.', language: 'ru' });
    expect(claim).toEqual({
      text: '«Мы не ведем переговоров под огнем», — заявил Песков.',
      normalized: '"мы не ведем переговоров под огнем", - заявил песков.',
      fingerprint: fingerprintOf('"мы не ведем переговоров под огнем", - заявил песков.'),
      position: 0,
      claimant: 'Песков',
      language: 'ru',
    });
  });

  it('splits an English article into sentence claims with positions', () => {
    const claims = extractClaims({
      text:
        'Kremlin spokesman Dmitry Peskov denied on Monday that a new wave of mobilisation was planned. ' +
        '"There are no such plans," Peskov told reporters. Mr. Peskov did not take questions from the U.S. press pool.',
      language: 'en',
    });
    expect(claims.map((c) => [c.position, c.claimant])).toEqual([
      [0, 'Kremlin spokesman Dmitry Peskov'],
      [1, 'Peskov'],
      [2, null],
    ]);
    expect(claims[2]!.text).toBe('Mr. Peskov did not take questions from the U.S. press pool.');
  });

  it('does not split Russian and Ukrainian abbreviations, initials or quotes', () => {
    const ru = 'В 2014 г. В. В. Путин подписал указ, т.е. аннексия была оформлена. «Это исторический день. Крым наш», — заявил он.';
    expect(texts(ru)).toEqual([
      'В 2014 г. В. В. Путин подписал указ, т.е. аннексия была оформлена.',
      '«Это исторический день. Крым наш», — заявил он.',
    ]);
    const uk = 'Будинок на вул. Хрещатик, 5 пошкоджено. Президент В. О. Зеленський відвідав місце удару. Збитки сягнули 2 млрд. гривень.';
    expect(texts(uk)).toEqual([
      'Будинок на вул. Хрещатик, 5 пошкоджено.',
      'Президент В. О. Зеленський відвідав місце удару.',
      'Збитки сягнули 2 млрд. гривень.',
    ]);
  });

  it('drops credits, bylines, calls to subscribe, tags-only and link-only lines', () => {
    const text = [
      'Russian troops shelled the outskirts of Kherson overnight.',
      'Photo: Reuters',
      'Фото: РИА Новости',
      'Джерело: Суспільне',
      'By Jane Doe',
      '👉 Підписуйтесь на наш канал',
      'Read more: https://example.com/story',
      '#Kherson #war',
      'https://t.me/some_channel/1234',
      'OK.',
    ].join('\n');
    expect(texts(text)).toEqual(['Russian troops shelled the outskirts of Kherson overnight.']);
  });

  it('drops wire credits and photo notes', () => {
    const text = [
      'Reuters could not independently verify the battlefield reports.',
      '(Reporting by Jane Doe; Editing by John Smith)',
      'Additional reporting by Olena Petrenko',
      'Фото ілюстративне',
      'Иллюстративное фото.',
      'File photo',
      'Фото з відкритих джерел',
    ].join('\n');
    expect(texts(text)).toEqual(['Reuters could not independently verify the battlefield reports.']);
  });

  it('strips a wire dateline from the wording and still finds the claimant', () => {
    const [claim] = extractClaims({
      text: "KYIV, Jan 12 (Reuters) - Russia's defence ministry said on Thursday its forces had captured the village.",
    });
    expect(claim!.text).toBe("Russia's defence ministry said on Thursday its forces had captured the village.");
    expect(claim!.claimant).toBe("Russia's defence ministry");
    expect(extractClaims({ text: 'МОСКВА (ТАСС) — Колонна техники вошла в город ночью.' })[0]!.text).toBe('Колонна техники вошла в город ночью.');
  });

  it('keeps short claims and sentences that merely start like a label', () => {
    expect(texts('Україна переможе!')).toEqual(['Україна переможе!']);
    expect(texts('Video shows Russian troops entering the town.')).toEqual(['Video shows Russian troops entering the town.']);
    expect(texts('Більше 100 людей евакуювали з села.')).toEqual(['Більше 100 людей евакуювали з села.']);
    expect(texts('By Monday the troops had left the city.')).toEqual(['By Monday the troops had left the city.']);
  });

  it('keeps a post that is only a two-word sentence, but still not labels, calls to subscribe or emoji', () => {
    expect(texts('Купянск взят.')).toEqual(['Купянск взят.']);
    expect(texts('Киев пал!')).toEqual(['Киев пал!']);
    expect(texts('Kyiv fell!')).toEqual(['Kyiv fell!']);
    for (const junk of ['Фото: ТАСС', 'Подписывайтесь!', '👍👍', '#Купянск #ВСУ', 'Об этом сообщил Песков.']) expect(texts(junk)).toEqual([]);
    // beside a longer claim, a two-word line stays a fragment
    expect(texts('Купянск взят. Российские войска вошли в город с севера.')).toEqual(['Российские войска вошли в город с севера.']);
  });

  it('strips leading bullets and emoji and trailing hashtags from the wording', () => {
    const [claim] = extractClaims({ text: '⚡️🔴 Взрывы прогремели в Одессе ночью #Одесса #война' });
    expect(claim!.text).toBe('Взрывы прогремели в Одессе ночью');
    expect(claim!.normalized).toBe('взрывы прогремели в одессе ночью');
  });

  it('gives a source-only line’s claimant to the sentence before it and drops the line', () => {
    const claims = extractClaims({ text: 'Російські війська обстріляли Херсон з артилерії. Про це повідомили у Міноборони.' });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.claimant).toBe('Міноборони');
    const ru = extractClaims({ text: 'Колонна техники вошла в город. Об этом сообщает ТАСС.' });
    expect(ru.map((c) => [c.text, c.claimant])).toEqual([['Колонна техники вошла в город.', 'ТАСС']]);
  });

  it('does not overwrite a claimant the sentence already has', () => {
    const claims = extractClaims({ text: 'По словам Пескова, переговоры зашли в тупик. Об этом сообщает ТАСС.' });
    expect(claims.map((c) => c.claimant)).toEqual(['Песков']);
  });

  describe('title', () => {
    it('is claim 0 when the text does not repeat it', () => {
      const claims = extractClaims({
        title: 'Kremlin denies mobilisation plans',
        text: 'Dmitry Peskov said no decree was being prepared. He spoke to reporters in Moscow.',
      });
      expect(claims.map((c) => [c.position, c.text, c.claimant])).toEqual([
        [0, 'Kremlin denies mobilisation plans', 'Kremlin'],
        [1, 'Dmitry Peskov said no decree was being prepared.', 'Dmitry Peskov'],
        [2, 'He spoke to reporters in Moscow.', null],
      ]);
    });

    it('is not a claim when the text repeats it, whatever the punctuation, case or emoji', () => {
      const text = '⚡️Зеленский: «Мы не отдадим Крым». Он выступил в Раде во вторник.';
      expect(texts(text, 'ЗЕЛЕНСКИЙ: "МЫ НЕ ОТДАДИМ КРЫМ"')).toEqual(['Зеленский: «Мы не отдадим Крым».', 'Он выступил в Раде во вторник.']);
    });

    it('is not a claim when the text contains it', () => {
      const text = 'Удар по Одесі: загинули троє людей, ще семеро поранені, повідомив голова ОВА.';
      expect(texts(text, 'загинули троє людей')).toHaveLength(1);
    });

    it('is not a claim when it is a truncated lead of the text', () => {
      const text = 'The Pentagon confirmed that a second shipment of air defence systems arrived in Poland.';
      expect(texts(text, 'The Pentagon confirmed that a second shipment of air…')).toEqual([text]);
    });

    it('loses a " | Site" suffix', () => {
      expect(texts('The bridge was reopened on Sunday morning.', 'Kremlin denies mobilisation plans | Example News')[0]).toBe(
        'Kremlin denies mobilisation plans',
      );
    });

    it('is dropped when it is not a claim either', () => {
      expect(texts('The bridge was reopened on Sunday morning.', 'Photo: AP')).toEqual(['The bridge was reopened on Sunday morning.']);
    });

    it('becomes the only claim when the text is empty', () => {
      expect(texts('', 'Russia says the dam was blown up by Ukraine')).toEqual(['Russia says the dam was blown up by Ukraine']);
    });
  });

  describe('language', () => {
    it('uses the document language for its claims, lower-cased, unless a sentence is plainly in the other script', () => {
      const claims = extractClaims({ text: 'The talks failed again. Переговоры снова провалились.', language: 'RU' });
      expect(claims.map((c) => c.language)).toEqual(['en', 'ru']);
      // a Russian quote in an English article; a name or two in Latin letters changes nothing
      const quoted = extractClaims({ text: 'The president said the line would hold. «Мы не отступим», — заявил Зеленский.', language: 'en-US' });
      expect(quoted.map((c) => c.language)).toEqual(['en', 'ru']);
      expect(extractClaims({ text: 'Генштаб ЗСУ повідомив про атаку на Kharkiv.', language: 'uk' })[0]!.language).toBe('uk');
      // the other script without a language the sentence itself tells: the document's
      expect(extractClaims({ text: 'Bonjour tout le monde, merci beaucoup.', language: 'uk' })[0]!.language).toBe('uk');
      expect(extractClaims({ text: 'Україна переможе!', language: 'uk-UA' })[0]!.language).toBe('uk');
      expect(extractClaims({ text: 'Україна переможе!', language: 'ua' })[0]!.language).toBe('uk');
    });

    it('detects per claim when the document has none', () => {
      const claims = extractClaims({
        text: 'The talks failed again on Monday. Переговоры снова провалились в понедельник. Переговори знову провалилися в понеділок.',
        language: null,
      });
      expect(claims.map((c) => c.language)).toEqual(['en', 'ru', 'uk']);
    });

    it('lets the document decide when a claim has no language-specific letters or words', () => {
      const claims = extractClaims({
        text: 'Сили ППО знищили 30 дронів, повідомили в Повітряних силах. Уламки пошкодили будинки на вул. Шевченка.',
      });
      // the second sentence has no і/ї/є/ґ: alone it would pass for Russian
      expect(claims.map((c) => c.language)).toEqual(['uk', 'uk']);
    });

    it('keeps a claim in another script than the document', () => {
      const claims = extractClaims({
        text: 'The Kremlin repeated its position on Monday. «Переговоры невозможны», — заявил Песков.',
      });
      expect(claims.map((c) => c.language)).toEqual(['en', 'ru']);
    });

    it('falls back to the whole document when a claim alone is undetermined', () => {
      const claims = extractClaims({
        text: 'Москва готовит новые удары по энергосистеме, считают в Генштабе. Погода плохая, ветер сильный.',
      });
      // the second sentence alone has no Russian-only letters or words
      expect(claims.map((c) => c.language)).toEqual(['ru', 'ru']);
    });
  });

  it('drops a sentence that repeats an earlier one in the same document', () => {
    const text = 'Russia attacked Kyiv with drones overnight.\nRussia attacked Kyiv with drones overnight!\nAir defence was active.';
    const claims = extractClaims({ text });
    expect(claims.map((c) => [c.position, c.text])).toEqual([
      [0, 'Russia attacked Kyiv with drones overnight.'],
      [1, 'Air defence was active.'],
    ]);
  });

  it('gives equal fingerprints to claims that differ only in quotes, case, emoji and links', () => {
    const a = extractClaims({ text: '«Киев обстреливает Донецк», — заявил Пушилин.' })[0]!;
    const b = extractClaims({ text: '🔥 "КИЕВ обстреливает Донецк", — заявил Пушилин. https://t.me/x/1' })[0]!;
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.normalized).toBe(normalizeText(a.text));
  });

  it('returns nothing for empty or boilerplate-only documents', () => {
    expect(extractClaims({ text: '' })).toEqual([]);
    expect(extractClaims({ text: '#news\nhttps://example.com\nPhoto: AP' })).toEqual([]);
  });

  // Throughput is measured by `npm run bench:extraction`; this only checks a long text is handled whole.
  it('handles a text of thousands of sentences', () => {
    const paragraph =
      'Kremlin spokesman Dmitry Peskov told reporters on Monday that talks had stalled. ' +
      '«Мы не ведем переговоров под огнем», — заявил Песков журналистам в Москве. ' +
      'За словами Зеленського, армія тримає оборону на всіх напрямках. ' +
      'Президент В. О. Зеленський звернувся до нації після обстрілу. ';
    const text = Array.from({ length: 500 }, (_, i) => paragraph.replace(/Monday/, `day ${i}`)).join('\n');
    const claims = extractClaims({ text });
    expect(claims.length).toBeGreaterThanOrEqual(500);
  });
});
