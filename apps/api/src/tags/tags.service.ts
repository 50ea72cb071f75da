import { Inject, Injectable } from '@nestjs/common';
import { DomainError, isRecordId } from '@app/domain';
import { ClaimRepository, Database, NarrativeRepository, TagRepository, type ClaimRecord, type Sql, type TagRecord } from '@app/persistence';
import type { Stance } from '../common/enums.js';
import { EngineService } from '../engine/engine.service.js';


/** Analysts' decisions on claim tags. Each is one transaction with its audit row, then teaches the engine. */
@Injectable()
export class TagsService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(TagRepository) private readonly tags: TagRepository,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(EngineService) private readonly engine: EngineService,
  ) {}

  private async existing(sql: Sql, claimId: string, narrativeId: string): Promise<ClaimRecord> {
    const [claim] = isRecordId(claimId) ? await this.claims.findByIds(sql, [claimId]) : [];
    if (!claim) throw DomainError.badInput('claimId', `no claim with id ${claimId}`);
    const [narrative] = isRecordId(narrativeId) ? await this.narratives.findByIds(sql, [narrativeId]) : [];
    if (!narrative) throw DomainError.badInput('narrativeId', `no narrative with id ${narrativeId}`);
    return claim;
  }

  /** Confirms the claim's tag for the narrative (creating it when missing): CONFIRMED, origin MANUAL. */
  confirm(claimId: string, narrativeId: string, stance: Stance | null | undefined, actor: string): Promise<TagRecord> {
    return this.decide(claimId, narrativeId, 'CONFIRMED', actor, (claim, previous) =>
      stance ?? previous?.stance ?? this.engine.stanceOf(claim.text, claim.language, narrativeId),
    );
  }

  /** Rejects the claim's tag for the narrative; a rejected suggestion never comes back for that claim. */
  reject(claimId: string, narrativeId: string, actor: string): Promise<TagRecord> {
    return this.decide(claimId, narrativeId, 'REJECTED', actor, (_claim, previous) => previous?.stance ?? 'NEUTRAL');
  }

  /** One analyst decision: the tag and its audit row in one transaction, then the engine learns from it. */
  private async decide(
    claimId: string,
    narrativeId: string,
    status: 'CONFIRMED' | 'REJECTED',
    actor: string,
    stanceOf: (claim: ClaimRecord, previous: TagRecord | null) => Stance | TagRecord['stance'],
  ): Promise<TagRecord> {
    const { tag, claim } = await this.db.transaction(async (tx) => {
      const claim = await this.existing(tx, claimId, narrativeId);
      const previous = await this.tags.findOneForUpdate(tx, claimId, narrativeId);
      const tag = await this.tags.decide(
        tx,
        {
          claimId,
          narrativeId,
          status,
          origin: 'MANUAL',
          stance: stanceOf(claim, previous),
          confidence: 1,
          evidence: previous?.evidence ?? [],
          taggedBy: actor,
        },
        status === 'CONFIRMED' ? 'confirm' : 'reject',
      );
      return { tag, claim };
    });
    this.engine.learn({ claimId, narrativeId, text: claim.text, language: claim.language, positive: status === 'CONFIRMED' });
    return tag;
  }

  /** Removes the tag altogether (audited); false when the claim had no tag for the narrative. */
  async untag(claimId: string, narrativeId: string, actor: string): Promise<boolean> {
    const removed = await this.db.transaction(async (tx) => {
      await this.existing(tx, claimId, narrativeId);
      return this.tags.remove(tx, claimId, narrativeId, actor);
    });
    if (removed) this.engine.forget(claimId, narrativeId);
    return removed;
  }
}
