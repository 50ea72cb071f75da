import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { SourceModel } from './source.model.js';
import { SourcesService } from './sources.service.js';

@Resolver(() => SourceModel)
export class SourcesResolver {
  constructor(@Inject(SourcesService) private readonly service: SourcesService) {}

  @Query(() => [SourceModel], { description: 'All sources, by name' })
  sources(): Promise<SourceModel[]> {
    return this.service.list();
  }
}
