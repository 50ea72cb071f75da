import { SetMetadata } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { ApiTokenRole } from '@app/persistence';

/** What a token may do; each role includes the ones before it. */
export enum Role {
  VIEWER = 'VIEWER',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'ApiTokenRole',
  description: 'VIEWER reads; ANALYST also ingests, tags and edits narratives; ADMIN also manages API tokens',
});

const RANK: Record<Role, number> = { [Role.VIEWER]: 1, [Role.ANALYST]: 2, [Role.ADMIN]: 3 };

export function roleAllows(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}

export function roleToStored(role: Role): ApiTokenRole {
  return role.toLowerCase() as ApiTokenRole;
}

export function roleFromStored(role: ApiTokenRole): Role {
  return role.toUpperCase() as Role;
}

export const REQUIRED_ROLE = 'narratrace:requiredRole';

/**
 * The role an operation needs. Without it, a mutation needs ANALYST and a query needs nothing
 * (or VIEWER with QUERIES_NEED_TOKEN=on).
 */
export const RequiresRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

/** Who is acting: the ADMIN_TOKEN holder or a named API token. */
export interface Principal {
  /** recorded as taggedBy and in the audit log */
  name: string;
  role: Role;
  /** null for the ADMIN_TOKEN bootstrap admin */
  tokenId: string | null;
}
