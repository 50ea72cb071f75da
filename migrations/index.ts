import { InitialSchema1764086400000 } from './1764086400000-InitialSchema.js';
import { TrendRollups1764100000000 } from './1764100000000-TrendRollups.js';
import { ApiTokens1764200000000 } from './1764200000000-ApiTokens.js';
import { ClaimClusters1764300000000 } from './1764300000000-ClaimClusters.js';
import { PartitionClaims1764400000000 } from './1764400000000-PartitionClaims.js';
import { FasterTrendTriggers1764500000000 } from './1764500000000-FasterTrendTriggers.js';
import { ClaimBands1764600000000 } from './1764600000000-ClaimBands.js';
import { NumericClaimBands1764700000000 } from './1764700000000-NumericClaimBands.js';
import { IngestLockOrder1764800000000 } from './1764800000000-IngestLockOrder.js';
import { DropRedundantClaimIndexes1764900000000 } from './1764900000000-DropRedundantClaimIndexes.js';
import { DocumentAuthor1765000000000 } from './1765000000000-DocumentAuthor.js';

/** Every migration, oldest first. Listed explicitly so the bundle needs no file globbing. */
export const MIGRATIONS = [
  InitialSchema1764086400000,
  TrendRollups1764100000000,
  ApiTokens1764200000000,
  ClaimClusters1764300000000,
  PartitionClaims1764400000000,
  FasterTrendTriggers1764500000000,
  ClaimBands1764600000000,
  NumericClaimBands1764700000000,
  IngestLockOrder1764800000000,
  DropRedundantClaimIndexes1764900000000,
  DocumentAuthor1765000000000,
];
