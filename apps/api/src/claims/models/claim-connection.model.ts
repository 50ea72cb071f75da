import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClaimModel } from './claim.model.js';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType('ClaimEdge')
export class ClaimEdgeModel {
  @Field() cursor: string;
  @Field(() => ClaimModel) node: ClaimModel;
}

@ObjectType('ClaimConnection')
export class ClaimConnectionModel {
  @Field(() => [ClaimEdgeModel]) edges: ClaimEdgeModel[];
  @Field(() => PageInfoModel) pageInfo: PageInfoModel;
  @Field(() => Int) totalCount: number;
}
