import { countryCode } from './country.js';

describe('countryCode', () => {
  it.each([
    ['ua', 'UA'],
    ['GB', 'GB'],
    ['Ukraine', 'UA'],
    ['  united   kingdom ', 'GB'],
    ['Україна', 'UA'],
    ['Украина', 'UA'],
    ['Россия', 'RU'],
    ['Germany', 'DE'],
  ])('%p -> %p', (input, expected) => {
    expect(countryCode(input)).toBe(expected);
  });

  it('keeps what is not a country as given', () => {
    expect(countryCode('Narnia')).toBe('Narnia');
    expect(countryCode('Unknown Region')).toBe('Unknown Region');
  });
});
