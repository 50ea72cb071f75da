import { Inject, Injectable } from '@nestjs/common';
import { DomainError, isRecordId } from '@app/domain';
import { Database, NarrativeRepository } from '@app/persistence';

/** Existence checks on narrative ids given as input. */
@Injectable()
export class NarrativeLookup {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
  ) {}

  async assertExists(id: string, field: string): Promise<void> {
    const [row] = isRecordId(id) ? await this.narratives.findByIds(this.db, [id]) : [];
    if (!row) throw DomainError.badInput(field, `no narrative with id ${id}`);
  }
}
