import { normalizeText } from './normalize.js';
import { countTokens, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits on spaces and punctuation', () => {
    expect(tokenize('the ministry said: "no troops," again.')).toEqual(['the', 'ministry', 'said', 'no', 'troops', 'again']);
  });

  it('handles Cyrillic, including Ukrainian letters', () => {
    expect(tokenize(normalizeText('Ґрунт у Київській області — їжа для всіх!'))).toEqual([
      'ґрунт',
      'у',
      'київській',
      'області',
      'їжа',
      'для',
      'всіх',
    ]);
  });

  it('keeps apostrophes between letters inside the word', () => {
    expect(tokenize(normalizeText('П’ять об’єктів, don’t'))).toEqual(["п'ять", "об'єктів", "don't"]);
    expect(tokenize("'quoted' words'")).toEqual(['quoted', 'words']);
  });

  it('splits hyphenated words into their parts', () => {
    expect(tokenize('pro-russian кто-то covid-19')).toEqual(['pro', 'russian', 'кто', 'то', 'covid', '19']);
  });

  it('keeps decimals and dates as one token but splits ranges', () => {
    expect(tokenize('3.5 million, 1,2 млрд on 24.02.2022 in 2014-2022')).toEqual([
      '3.5',
      'million',
      '1,2',
      'млрд',
      'on',
      '24.02.2022',
      'in',
      '2014',
      '2022',
    ]);
    // a sentence-final dot after a number is not part of it
    expect(tokenize('in 2022. then')).toEqual(['in', '2022', 'then']);
  });

  it('drops hashtag and mention signs but keeps the word', () => {
    expect(tokenize('#україна @channel_name')).toEqual(['україна', 'channel', 'name']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenize('... -- !!! ""')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('keeps combining marks with their letter', () => {
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe\u0301', 'ok']);
  });

  it('countTokens agrees with tokenize', () => {
    const text = normalizeText('Росія — агресор; 3.5 млн п’ять кто-то');
    expect(countTokens(text)).toBe(tokenize(text).length);
    expect(countTokens('')).toBe(0);
  });
});
