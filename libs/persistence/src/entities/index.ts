import { ApiTokenEntity } from './api-token.entity.js';
import { ClaimTagEntity } from './claim-tag.entity.js';
import { ClaimEntity } from './claim.entity.js';
import { DocumentEntity } from './document.entity.js';
import { NarrativeEntity } from './narrative.entity.js';
import { SourceEntity } from './source.entity.js';
import { TagAuditEntity } from './tag-audit.entity.js';

export * from './api-token.entity.js';
export * from './claim-tag.entity.js';
export * from './claim.entity.js';
export * from './document.entity.js';
export * from './narrative.entity.js';
export * from './source.entity.js';
export * from './tag-audit.entity.js';

export const ENTITIES = [SourceEntity, DocumentEntity, ClaimEntity, NarrativeEntity, ClaimTagEntity, TagAuditEntity, ApiTokenEntity];
