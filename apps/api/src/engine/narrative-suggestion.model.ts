import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Stance } from '../common/enums.js';

/** `narrative` is resolved in EngineResolver. */
@ObjectType('NarrativeSuggestion')
export class NarrativeSuggestionModel {
  @Field(() => Float, { description: 'Calibrated confidence, 0..1' }) score: number;
  @Field(() => Stance) stance: Stance;
  @Field(() => [String], { description: 'Why: matched terms and concepts, nearest tagged claims' }) evidence: string[];
  @Field({ description: 'Whether the score clears the threshold at which the engine stores a suggestion' }) accepted: boolean;
  narrativeId: string;
}
