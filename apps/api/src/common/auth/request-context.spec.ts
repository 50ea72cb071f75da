import { analystName } from './request-context.js';

/** What Node hands over for a header sent as raw UTF-8 bytes: one Latin-1 character per byte. */
const asReceived = (name: string) => Buffer.from(name, 'utf8').toString('latin1');

describe('analystName', () => {
  it('decodes a name sent as raw UTF-8', () => {
    expect(analystName(asReceived('Олена Коваль'))).toBe('Олена Коваль');
    expect(analystName(asReceived("Дар'я Ґонта"))).toBe("Дар'я Ґонта");
  });

  it('decodes a percent-encoded name, and keeps a lone % as sent', () => {
    expect(analystName(encodeURIComponent('Олена Коваль'))).toBe('Олена Коваль');
    expect(analystName('100%25 sure')).toBe('100% sure');
    expect(analystName('50%zz')).toBe('50%zz');
  });

  it('keeps Latin-1 names that are not UTF-8, and plain ASCII as it is', () => {
    expect(analystName('Jos\u00e9')).toBe('José'); // one byte 0xE9: not UTF-8, so read as Latin-1
    expect(analystName('  ana  ')).toBe('ana');
  });

  it('drops control characters and cuts at 100 characters without splitting one', () => {
    expect(analystName('ana\u0000\u001b[31m')).toBe('ana [31m');
    const long = analystName(asReceived('😀'.repeat(150)));
    expect([...long]).toHaveLength(100);
    expect(long.isWellFormed()).toBe(true);
  });
});
