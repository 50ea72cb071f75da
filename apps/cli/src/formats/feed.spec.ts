import { Readable } from 'node:stream';
import { FormatError, htmlToText, readDocuments } from './index.js';
import { collect, fixture, lazySource, oks, rejects } from './test-helpers.js';

const xml = (text: string | Buffer) => Readable.from([Buffer.isBuffer(text) ? text : Buffer.from(text)]);

describe('htmlToText', () => {
  it('drops tags, scripts, styles and comments, turning blocks and <br> into line breaks', () => {
    expect(
      htmlToText('<div><p>One&nbsp;<b>bold</b> claim.</p><!-- tracking --><script>var x = "<p>";</script><style>p{}</style>Two<br/>three</div>'),
    ).toBe('One bold claim.\nTwo\nthree');
  });

  it('decodes entities after removing tags, so escaped markup stays visible as text', () => {
    expect(htmlToText('5 &lt; 7 &amp;&amp; &lt;b&gt;not a tag&lt;/b&gt; &#8212; &#x44F; &laquo;цитата&raquo; &unknown;')).toBe(
      '5 < 7 && <b>not a tag</b> — я «цитата» &unknown;',
    );
  });

  it('keeps a lone "<" that does not start a tag', () => {
    expect(htmlToText('losses < 10 and x<y')).toBe('losses < 10 and x<y');
  });
});

describe('readDocuments(rss) with RSS 2.0', () => {
  it('reads items with the channel title as source and platform web; an undated item is rejected', async () => {
    const records = await collect(readDocuments(fixture('feed.rss.xml'), 'rss'));
    expect(oks(records).map((r) => r.recordNo)).toEqual([1, 2, 4]);
    expect(rejects(records).map((r) => [r.recordNo, r.reason])).toEqual([
      [3, 'missing publishedAt (no pubDate, dc:date, published or updated in the item)'],
    ]);
    for (const r of oks(records)) {
      expect(r.document.source).toEqual({ name: 'Kyiv Signal Review', platform: 'web', country: null });
    }
  });

  it('strips escaped HTML from the description and converts RFC 822 dates to UTC', async () => {
    const [first] = oks(await collect(readDocuments(fixture('feed.rss.xml'), 'rss')));
    expect(first.document).toEqual({
      externalId: 'https://kyiv-signal.example/2024/03/sumy-evacuation',
      url: 'https://kyiv-signal.example/2024/03/sumy-evacuation',
      title: 'Fake "evacuation order" for Sumy',
      author: 'Oksana Marchenko', // RSS <author>: the name beside the address
      text: 'A forged regional order told residents to leave within 24 hours.\n\nThe regional administration says no such order exists & warns against sharing it.',
      language: 'en',
      publishedAt: '2024-03-04T07:30:00.000Z',
      source: { name: 'Kyiv Signal Review', platform: 'web', country: null },
    });
  });

  it('prefers the fuller content:encoded (CDATA) over a teaser description; guid is the external id', async () => {
    const [, second, third] = oks(await collect(readDocuments(fixture('feed.rss.xml'), 'rss')));
    expect(second.document.externalId).toBe('kyiv-signal.example#ksr-2024-0311'); // a bare guid, scoped by the site
    expect(second.document.author).toBe('Taras Hnatiuk'); // dc:creator
    expect(third.document.author).toBeNull();
    expect(second.document.url).toBe('https://kyiv-signal.example/2024/03/deepfake-commander');
    expect(second.document.publishedAt).toBe('2024-03-05T15:45:00.000Z'); // dc:date
    expect(second.document.text).toBe(
      'A video in which a senior commander appears to announce a surrender was generated with AI.\n\n' +
        'Lip movement does not match the audio.\n\nThe uniform insignia are wrong.\n\nComparison » frames',
    );
    expect(second.document.text).not.toContain('trackView');
    // no <link>: the permalink guid becomes the url
    expect(third.document.url).toBe('https://kyiv-signal.example/2024/03/gas-scam');
    expect(third.document.publishedAt).toBe('2024-03-06T07:00:00.000Z');
  });

  it('takes the link as the external id of an item without guid, so an edited item stays one document', async () => {
    const feed = (teaser: string) =>
      xml(`<rss version="2.0"><channel><title>Frontline Digest</title>
        <item><title>Port strike</title><link> https://digest.example/2024/port-strike </link>
          <description>${teaser}</description><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
        <item><title>No link at all</title><description>Nothing to key it on.</description><pubDate>Mon, 04 Mar 2024 11:00:00 GMT</pubDate></item>
      </channel></rss>`);
    const [before, bare] = oks(await collect(readDocuments(feed('Drones struck the port overnight.'), 'rss')));
    const [after] = oks(await collect(readDocuments(feed('Drones struck the port overnight, officials said.'), 'rss')));
    expect(before.document.externalId).toBe('https://digest.example/2024/port-strike');
    expect(after.document.externalId).toBe(before.document.externalId);
    expect(bare.document.externalId).toBeNull(); // deduplicated by source and text instead
  });

  it('scopes a bare guid by its feed, so two feeds numbering their posts alike stay apart; a URI guid stands alone', async () => {
    const feed = (head: string, guid: string) =>
      xml(`<rss version="2.0"><channel>${head}
        <item><title>Post</title><guid isPermaLink="false">${guid}</guid><description>Text.</description><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
      </channel></rss>`);
    const idOf = async (head: string, guid: string, override?: string) =>
      oks(await collect(readDocuments(feed(head, guid), 'rss', { sourceOverride: override })))[0].document.externalId;
    expect(await idOf('<title>A</title><link>https://a.example/</link>', '1001')).toBe('a.example#1001');
    expect(await idOf('<title>B</title><link>https://b.example/</link>', '1001')).toBe('b.example#1001');
    // the site, not the URL: http→https, www., a trailing slash or tracking parameters change nothing
    expect(await idOf('<title>A again</title><link>http://www.A.example?utm_source=rss</link>', '1001')).toBe('a.example#1001');
    expect(await idOf('<title>No link</title>', '1001')).toBe('No link#1001');
    expect(await idOf('', '1001', 'Desk')).toBe('Desk#1001');
    expect(await idOf('<title>A</title><link>https://a.example/</link>', 'urn:uuid:6f1c0f4e-1d2b-4c55-9a53-0d6f3b0f8a10')).toBe('urn:uuid:6f1c0f4e-1d2b-4c55-9a53-0d6f3b0f8a10');
    // an Atom feed's link scopes a bare entry id (its <id> when it has no link)
    const atom = xml(`<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><id>tag:f.example,2024:feed</id><link href="https://f.example/"/>
      <entry><title>E</title><id>77</id><updated>2024-03-04T10:00:00Z</updated><content>Text.</content></entry></feed>`);
    expect(oks(await collect(readDocuments(atom, 'rss')))[0].document.externalId).toBe('f.example#77');
    const linkless = xml(`<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><id>tag:f.example,2024:feed</id>
      <entry><title>E</title><id>77</id><updated>2024-03-04T10:00:00Z</updated><content>Text.</content></entry></feed>`);
    expect(oks(await collect(readDocuments(linkless, 'rss')))[0].document.externalId).toBe('tag:f.example,2024:feed#77');
  });

  it('takes a Google News item\'s <source> as its source and drops the publisher name glued after the headline', async () => {
    const feed = xml(`<rss version="2.0"><channel><title>Top stories - Google News</title><link>https://news.google.com/</link>
      <item><title>Dam breach blamed on shelling - Kyiv Post</title><link>https://news.google.com/articles/CBMiAA</link>
        <guid isPermaLink="false">CBMiAA</guid><pubDate>Wed, 26 Nov 2026 09:00:00 GMT</pubDate>
        <description>&lt;a href="https://news.google.com/articles/CBMiAA" target="_blank"&gt;Dam breach blamed on shelling&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Kyiv Post&lt;/font&gt;</description>
        <source url="https://www.kyivpost.com">Kyiv Post</source></item>
      <item><title>Without a source</title><description>Plain item, named after the channel.</description><pubDate>Wed, 26 Nov 2026 10:00:00 GMT</pubDate></item>
    </channel></rss>`);
    const [google, plain] = oks(await collect(readDocuments(feed, 'rss'))).map((r) => r.document);
    expect(google).toMatchObject({ title: 'Dam breach blamed on shelling', text: 'Dam breach blamed on shelling', source: { name: 'Kyiv Post', platform: 'web' } });
    expect(plain.source.name).toBe('Top stories - Google News');
    // --source still wins over <source>; a sentence that merely ends with the outlet's name keeps it
    const again = xml(`<rss version="2.0"><channel><title>T</title><item><description>The claim was first reported by Kyiv Post</description>
      <source url="https://www.kyivpost.com">Kyiv Post</source><pubDate>Wed, 26 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>`);
    const [overridden] = oks(await collect(readDocuments(again, 'rss', { sourceOverride: 'Desk' })));
    expect(overridden.document).toMatchObject({ text: 'The claim was first reported by Kyiv Post', source: { name: 'Desk' } });
  });

  it('reads a Google News story several outlets carry as the item\'s own line only, without publisher names', async () => {
    const feed = xml(`<rss version="2.0"><channel><title>"ZNPP" - Google News</title><link>https://news.google.com/search?q=ZNPP</link>
      <item><title>Енергоатом повідомив про відключення лінії - Південний Вісник</title><guid isPermaLink="false">CBMiCC</guid>
        <pubDate>Wed, 26 Nov 2026 09:00:00 GMT</pubDate>
        <description>&lt;ol&gt;&lt;li&gt;&lt;a href="https://news.google.com/a/1"&gt;Енергоатом повідомив про відключення лінії&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Південний Вісник&lt;/font&gt;&lt;/li&gt;&lt;li&gt;&lt;a href="https://news.google.com/a/2"&gt;Plant loses power again&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Riverside Ledger&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;</description>
        <source url="https://pivdennyi.example">Південний Вісник</source></item>
    </channel></rss>`);
    const [doc] = oks(await collect(readDocuments(feed, 'rss'))).map((r) => r.document);
    expect(doc).toMatchObject({ title: 'Енергоатом повідомив про відключення лінії', text: 'Енергоатом повідомив про відключення лінії', source: { name: 'Південний Вісник' } });
    expect(doc.externalId).toBe('news.google.com#CBMiCC'); // the same in every search of the aggregator
  });

  it('drops the "appeared first on" footer WordPress adds to each post, in English, Russian and Ukrainian', async () => {
    const titles = ['Bridge hit', 'Мост', 'Міст', 'Post office closed', 'Разговор', 'Порт', 'Вокзал'];
    const item = (footer: string, i: number) => `<item><title>${titles[i - 1]}</title><guid>https://wp.example/?p=${i}</guid><pubDate>Wed, 26 Nov 2026 09:00:00 GMT</pubDate>
      <description><![CDATA[<p>Short teaser.</p>]]></description>
      <content:encoded><![CDATA[<p>Officials said the bridge was hit.</p><p>${footer}</p>]]></content:encoded></item>`;
    const feed = xml(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>WP</title>
      ${item('The post <a href="https://wp.example/bridge/">Bridge hit</a> appeared first on <a href="https://wp.example">WP Site</a>.', 1)}
      ${item('Запись <a href="https://wp.example/most/">Мост</a> впервые появилась на <a href="https://wp.example">WP</a>.', 2)}
      ${item('Запис <a href="https://wp.example/mist/">Міст</a> вперше з\'явився на <a href="https://wp.example">WP</a>.', 3)}
      ${item('The post office said the parcel appeared first on the list.', 4)}
      ${item('Запись разговора впервые появилась в Telegram-канале.', 5)}
      ${item('Сообщение <a href="https://wp.example/port/">Порт</a> появились сначала на <a href="https://wp.example">Новости Юга</a>.', 6)}
      ${item('Запис <a href="https://wp.example/vokzal/">Вокзал</a> спершу з\'явився на <a href="https://wp.example">WP</a>.', 7)}
    </channel></rss>`);
    const texts = oks(await collect(readDocuments(feed, 'rss'))).map((r) => r.document.text);
    expect(texts).toEqual([
      'Officials said the bridge was hit.',
      'Officials said the bridge was hit.',
      'Officials said the bridge was hit.',
      // alike, but without the post's own title: news, kept
      'Officials said the bridge was hit.\n\nThe post office said the parcel appeared first on the list.',
      'Officials said the bridge was hit.\n\nЗапись разговора впервые появилась в Telegram-канале.',
      'Officials said the bridge was hit.',
      'Officials said the bridge was hit.',
    ]);
  });

  it('takes the channel <language> for its items unless an item\'s text is plainly in another language', async () => {
    const feed = xml(`<rss version="2.0"><channel><title>Site</title><language>en-US</language>
      <item><title>One</title><description>Ukraine says the bridge was hit, and officials in Kyiv confirmed the damage on Monday.</description><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
      <item><title>Два</title><description>Міністерство оборони України заявило, що міст було пошкоджено, і це підтвердили в Києві.</description><pubDate>Mon, 04 Mar 2024 11:00:00 GMT</pubDate></item>
      <item><title>Three</title><dc:language>uk</dc:language><description>Short.</description><pubDate>Mon, 04 Mar 2024 12:00:00 GMT</pubDate></item>
    </channel></rss>`);
    const docs = oks(await collect(readDocuments(feed, 'rss'))).map((r) => r.document.language);
    expect(docs).toEqual(['en-US', null, 'uk']); // null: ingest detects it from the text
  });

  it('uses --source instead of the channel title', async () => {
    const records = oks(await collect(readDocuments(fixture('feed.rss.xml'), 'rss', { sourceOverride: 'Monitoring desk' })));
    expect(records.map((r) => r.document.source.name)).toEqual(['Monitoring desk', 'Monitoring desk', 'Monitoring desk']);
  });
});

describe('readDocuments(rss) with Atom', () => {
  it('reads entries: html content stripped, published preferred over updated, alternate link, feed xml:lang', async () => {
    const records = await collect(readDocuments(fixture('feed.atom.xml'), 'rss'));
    expect(rejects(records).map((r) => [r.recordNo, r.reason])).toEqual([
      [3, 'unparsable publishedAt "not a date" (use ISO 8601 such as 2026-11-26T10:00:00Z, RFC 822, or 26.11.2026 10:00)'],
    ]);
    const [first, second] = oks(records).map((r) => r.document);
    expect(first).toEqual({
      externalId: 'tag:svodka-proverok.example,2024:entry-101',
      url: 'https://svodka-proverok.example/2024/03/children-fake',
      title: '«Украинские дети на продажу» — старый фейк',
      author: 'Ирина Соколова', // <author><name>, not the e-mail beside it
      text: 'История о «продаже детей» впервые появилась в 2022 году.\n\nИсточник — сайт, зарегистрированный за неделю до публикации.',
      language: 'ru',
      publishedAt: '2024-03-07T07:00:00.000Z',
      source: { name: 'Сводка проверок', platform: 'web', country: null },
    });
    expect(second).toMatchObject({
      title: 'Вкид про мобілізацію жінок', // type="html" title
      text: 'Фото «повістки для жінок» виявилося зміненим зображенням.\n\nМіноборони такого рішення не ухвалювало & закликає перевіряти джерела.',
      language: 'uk', // entry xml:lang
      publishedAt: '2024-03-09T15:30:00.000Z', // only <updated>
      url: 'https://svodka-proverok.example/2024/03/women-mobilisation',
    });
  });
});

describe('readDocuments(rss) with YouTube Atom', () => {
  it('reads the video description from <media:group>, not only the title; an undated entry names the Atom elements', async () => {
    const feed = xml(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/">
      <title>Channel Watch</title><link rel="alternate" href="https://www.youtube.com/channel/UC1"/>
      <entry><id>yt:video:abc123</id><yt:videoId>abc123</yt:videoId><title>Live: the strike on the port</title>
        <link rel="alternate" href="https://www.youtube.com/watch?v=abc123"/><published>2026-11-26T08:00:00+00:00</published>
        <media:group><media:title>Live: the strike on the port</media:title>
          <media:description>Officials said three ships were damaged.
The mayor said the port will reopen on Monday.</media:description></media:group></entry>
      <entry><id>yt:video:def456</id><title>Undated</title><media:group><media:description>Text.</media:description></media:group></entry>
    </feed>`);
    const records = await collect(readDocuments(feed, 'rss'));
    expect(oks(records)[0].document).toMatchObject({
      externalId: 'yt:video:abc123',
      title: 'Live: the strike on the port',
      text: 'Officials said three ships were damaged.\nThe mayor said the port will reopen on Monday.',
      source: { name: 'Channel Watch' },
    });
    expect(rejects(records).map((r) => r.reason)).toEqual(['missing publishedAt (no published or updated in the entry)']);
  });
});

describe('readDocuments(rss) edge cases', () => {
  it('throws a FormatError for XML that is not a feed', async () => {
    await expect(collect(readDocuments(xml('<html><body><p>page</p></body></html>'), 'rss'))).rejects.toThrow(
      /not an RSS or Atom feed \(root element <html>\)/,
    );
    await expect(collect(readDocuments(xml(''), 'rss'))).rejects.toThrow(FormatError);
  });

  it('rejects the last item of a truncated file, keeping the ones before it', async () => {
    const records = await collect(
      readDocuments(xml('<rss><channel><title>T</title><item><title>a</title><pubDate>2024-01-01</pubDate><description>x</description></item><item><title>b</title>'), 'rss'),
    );
    expect(records).toMatchObject([
      { ok: true, recordNo: 1, document: { text: 'x' } },
      { ok: false, recordNo: 2, reason: 'item is not closed before the end of the file' },
    ]);
  });

  it('falls back to the title when an item has no body, and rejects items before any feed title', async () => {
    const records = await collect(
      readDocuments(
        xml('<rss><channel><item><title>Early</title><pubDate>2024-01-01</pubDate></item><title>Late title</title><item><title>Headline only</title><pubDate>2024-01-02</pubDate></item></channel></rss>'),
        'rss',
      ),
    );
    expect(records).toMatchObject([
      { ok: false, recordNo: 1, reason: 'missing source name (no feed title before this item; use --source)' },
      { ok: true, recordNo: 2, document: { text: 'Headline only', source: { name: 'Late title' } } },
    ]);
  });

  it('decodes a feed declared as windows-1251', async () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>'),
      Buffer.from([0xc2, 0xe5, 0xf1, 0xf2, 0xe8]), // "Вести"
      Buffer.from('</title><item><description>'),
      Buffer.from([0xf4, 0xe5, 0xe9, 0xea]), // "фейк"
      Buffer.from('</description><pubDate>Sat, 02 Mar 24 10:00:00 MSK</pubDate></item></channel></rss>'),
    ]);
    const [record] = await collect(readDocuments(xml(body), 'rss'));
    expect(record).toMatchObject({ ok: true, document: { text: 'фейк', source: { name: 'Вести' }, publishedAt: '2024-03-02T07:00:00.000Z' } });
  });

  it('streams: a huge feed is pulled only as far as it is consumed', async () => {
    const { stream, produced } = lazySource(
      200_000,
      (i) => `<item><title>Item ${i}</title><guid>g-${i}</guid><pubDate>Fri, 01 Mar 2024 12:00:00 GMT</pubDate><description>&lt;p&gt;Claim ${i} about a staged video&lt;/p&gt;</description></item>\n`,
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Generated</title>\n',
      '</channel></rss>\n',
    );
    let seen = 0;
    for await (const record of readDocuments(stream, 'rss')) {
      expect(record).toMatchObject({ ok: true, recordNo: seen + 1, document: { text: `Claim ${seen + 1} about a staged video` } });
      seen += 1;
      if (seen === 1000) break;
    }
    expect(produced()).toBeLessThan(5000);
    expect(stream.destroyed).toBe(true);
  });
});
