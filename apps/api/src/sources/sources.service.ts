import { Inject, Injectable } from '@nestjs/common';
import { Database, SourceRepository, type SourceRecord } from '@app/persistence';

@Injectable()
export class SourcesService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(SourceRepository) private readonly sources: SourceRepository,
  ) {}

  list(): Promise<SourceRecord[]> {
    return this.sources.findAll(this.db);
  }
}
