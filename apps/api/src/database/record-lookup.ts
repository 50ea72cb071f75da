import { Inject, Injectable } from '@nestjs/common';
import { DomainError, isRecordId } from '@app/domain';
import { Database, NarrativeRepository, SourceRepository } from '@app/persistence';

/** Existence checks on ids given as input: an id that names nothing is BAD_USER_INPUT on `field`. */
@Injectable()
export class RecordLookup {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(SourceRepository) private readonly sources: SourceRepository,
  ) {}

  async assertNarrative(id: string, field: string): Promise<void> {
    const [row] = isRecordId(id) ? await this.narratives.findByIds(this.db, [id]) : [];
    if (!row) throw DomainError.badInput(field, `no narrative with id ${id}`);
  }

  async assertSource(id: string, field: string): Promise<void> {
    const [row] = isRecordId(id) ? await this.sources.findByIds(this.db, [id]) : [];
    if (!row) throw DomainError.badInput(field, `no source with id ${id}`);
  }
}
