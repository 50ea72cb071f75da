import { DomainError } from '../errors.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function assertSlug(slug: string, field = 'slug'): string {
  const value = slug.trim();
  if (!SLUG.test(value) || value.length > 100) {
    throw DomainError.badInput(field, `${field} must be lowercase letters, digits and single hyphens (e.g. "ukraine-collapse"), at most 100 characters`);
  }
  return value;
}

/** Makes a slug from a name when a caller has none (the demo data and importers). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}
