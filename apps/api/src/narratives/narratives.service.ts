import { Inject, Injectable } from '@nestjs/common';
import { assertSlug, DomainError, LIMITS, isRecordId } from '@app/domain';
import { Database, NarrativeRepository, type NarrativeFields, type NarrativeRecord, type Sql } from '@app/persistence';
import { EngineService } from '../engine/engine.service.js';
import type { NarrativeInput, NarrativeUpdateInput } from './dto/narrative.input.js';

function cleanName(value: string | null | undefined, field: string): string {
  const name = (value ?? '').trim();
  if (!name) throw DomainError.badInput(field, `${field} must not be empty`);
  if (name.length > 300) throw DomainError.badInput(field, `${field} is longer than 300 characters`);
  return name;
}

function cleanDescription(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > LIMITS.maxQueryLength) throw DomainError.badInput(field, `${field} is longer than ${LIMITS.maxQueryLength} characters`);
  return text || null;
}

function cleanKeywords(values: string[] | null | undefined, field: string): string[] {
  const out = new Set<string>();
  for (const [i, raw] of (values ?? []).entries()) {
    const k = raw.trim();
    if (!k) continue;
    if (k.length > 200) throw DomainError.badInput(`${field}[${i}]`, `${field}[${i}] is longer than 200 characters`);
    out.add(k);
  }
  if (out.size > 500) throw DomainError.badInput(field, `at most 500 ${field}`);
  return [...out];
}

@Injectable()
export class NarrativesService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(EngineService) private readonly engine: EngineService,
  ) {}

  list(): Promise<NarrativeRecord[]> {
    return this.narratives.findAll(this.db);
  }

  async find(id?: string | null, slug?: string | null): Promise<NarrativeRecord | null> {
    if (!id && !slug) throw DomainError.badInput('id', 'give id or slug');
    if (id) {
      if (!isRecordId(id)) return null;
      const [row] = await this.narratives.findByIds(this.db, [id]);
      if (!row) return null;
      // both given: they must name the same narrative, or the caller is told which is which
      if (slug && row.slug !== slug) throw DomainError.badInput('slug', `narrative ${id} has slug "${row.slug}", not "${slug}": give id or slug, or both of the same narrative`);
      return row;
    }
    const [row] = await this.narratives.findBySlugs(this.db, [slug as string]);
    return row ?? null;
  }

  async create(input: NarrativeInput): Promise<NarrativeRecord> {
    const slug = assertSlug(input.slug ?? '', 'input.slug');
    const fields: NarrativeFields = {
      slug,
      name: cleanName(input.name, 'input.name'),
      description: cleanDescription(input.description, 'input.description'),
      parentId: null,
      keywords: cleanKeywords(input.keywords, 'input.keywords'),
      rule: this.engine.checkRule(input.rule, 'input.rule'),
    };
    const created = await this.db.transaction(async (tx) => {
      fields.parentId = await this.parentIdOf(tx, input.parentSlug, null);
      const row = await this.narratives.insert(tx, fields);
      if (!row) throw DomainError.badInput('input.slug', `a narrative with slug "${slug}" already exists`);
      return row;
    });
    await this.engine.narrativeChanged(created);
    return created;
  }

  async update(id: string, input: NarrativeUpdateInput): Promise<NarrativeRecord> {
    const updated = await this.db.transaction(async (tx) => {
      const [current] = isRecordId(id) ? await this.narratives.findByIds(tx, [id]) : [];
      if (!current) throw DomainError.badInput('id', `no narrative with id ${id}`);
      const parentId = input.parentSlug === undefined || input.parentSlug === null ? current.parentId : await this.parentIdOf(tx, input.parentSlug, id);
      const row = await this.narratives.update(tx, id, {
        name: input.name === undefined || input.name === null ? current.name : cleanName(input.name, 'input.name'),
        description: input.description === undefined ? current.description : cleanDescription(input.description, 'input.description'),
        parentId,
        keywords: input.keywords === undefined || input.keywords === null ? current.keywords : cleanKeywords(input.keywords, 'input.keywords'),
        rule: input.rule === undefined ? current.rule : this.engine.checkRule(input.rule, 'input.rule'),
      });
      return row as NarrativeRecord;
    });
    await this.engine.narrativeChanged(updated);
    return updated;
  }

  /** Resolves a parent slug; '' clears it. Refuses unknown slugs and cycles. */
  private async parentIdOf(sql: Sql, parentSlug: string | null | undefined, selfId: string | null): Promise<string | null> {
    if (parentSlug === undefined || parentSlug === null || parentSlug.trim() === '') return null;
    const [parent] = await this.narratives.findBySlugs(sql, [parentSlug.trim()]);
    if (!parent) throw DomainError.badInput('input.parentSlug', `no narrative with slug "${parentSlug}"`);
    if (selfId && (await this.narratives.ancestorIds(sql, parent.id)).includes(selfId)) {
      throw DomainError.badInput('input.parentSlug', 'a narrative cannot be its own ancestor');
    }
    return parent.id;
  }
}
