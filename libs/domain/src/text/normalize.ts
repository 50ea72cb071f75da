/** Normalised form used for fingerprints and matching; the original text is always stored as given. */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
