import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { LIMITS } from '@app/domain';
import type { QueryLimits } from './security-config.js';

/** Relay plumbing: one page of a connection, not a level of data. */
const CONNECTION_PLUMBING = new Set(['edges', 'node', 'pageInfo']);
/** What a list without `first`/`limit` is assumed to hold when estimating cost. */
export const ASSUMED_LIST_SIZE = 10;
/** Raw nesting no document may exceed, introspection included (bounds recursion). */
const HARD_DEPTH_LIMIT = 24;

interface Shape {
  /** nesting as counted against maxDepth */
  depth: number;
  /** nesting of every field, introspection and plumbing included */
  raw: number;
  aliases: number;
}

interface Walk {
  schema: GraphQLSchema | null;
  fragments: Map<string, FragmentDefinitionNode>;
  /** each fragment is measured once, however often it is spread (fragment bombs stay linear) */
  memo: Map<string, Shape>;
  /** fragments being measured: a cycle is reported by graphql-js itself, we only stop */
  active: Set<string>;
}

function isIntrospection(parentType: string, fieldName: string): boolean {
  return fieldName.startsWith('__') || parentType.startsWith('__');
}

/**
 * Depth as a reader sees it: fields nested in fields. Relay plumbing and introspection do not
 * count (introspection is bounded by the cost estimate instead), so
 * claims{edges{node{tags{narrative{parent{slug}}}}}} has depth 5.
 */
function measure(set: SelectionSetNode, parentType: string, walk: Walk, raw: number): Shape {
  const out: Shape = { depth: 0, raw: 0, aliases: 0 };
  const add = (inner: Shape, counted: number, levels: number) => {
    out.depth = Math.max(out.depth, counted + inner.depth);
    out.raw = Math.max(out.raw, levels + inner.raw);
    out.aliases += inner.aliases;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) out.aliases += 1;
      const counted = isIntrospection(parentType, selection.name.value) || CONNECTION_PLUMBING.has(selection.name.value) ? 0 : 1;
      const inner =
        selection.selectionSet && raw < HARD_DEPTH_LIMIT
          ? measure(selection.selectionSet, childTypeName(walk.schema, parentType, selection), walk, raw + 1)
          : { depth: 0, raw: 0, aliases: 0 };
      add(inner, counted, 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(measure(selection.selectionSet, selection.typeCondition?.name.value ?? parentType, walk, raw), 0, 0);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.active.has(name)) continue;
      let shape = walk.memo.get(name);
      if (!shape) {
        walk.active.add(name);
        shape = measure(fragment.selectionSet, fragment.typeCondition.name.value, walk, raw);
        walk.active.delete(name);
        walk.memo.set(name, shape);
      }
      add(shape, 0, 0);
    }
  }
  return out;
}

function fieldDef(schema: GraphQLSchema | null, parentType: string, name: string): GraphQLField<unknown, unknown> | undefined {
  const type = schema?.getType(parentType);
  if (!type || !('getFields' in type)) return undefined;
  return (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name];
}

function childTypeName(schema: GraphQLSchema | null, parentType: string, field: FieldNode): string {
  const name = field.name.value;
  if (name === '__schema') return '__Schema';
  if (name === '__type') return '__Type';
  const def = fieldDef(schema, parentType, name);
  return def ? getNamedType(def.type).name : '';
}

/** Refuses documents nested deeper than maxDepth or with more than maxAliases aliases. */
export function queryShapeRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const root = node.operation === 'mutation' ? 'Mutation' : node.operation === 'subscription' ? 'Subscription' : 'Query';
        const out = measure(node.selectionSet, root, { schema: context.getSchema(), fragments, memo: new Map(), active: new Set() }, 0);
        const name = node.name ? ` ${node.name.value}` : '';
        if (out.depth > limits.maxDepth || out.raw > HARD_DEPTH_LIMIT) {
          context.reportError(
            new GraphQLError(`Operation${name} is nested ${Math.max(out.depth, out.raw)} levels deep; at most ${limits.maxDepth} are allowed`, {
              nodes: [node],
              extensions: { limit: 'depth', max: limits.maxDepth },
            }),
          );
        }
        if (out.aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(`Operation${name} uses ${out.aliases} aliases; at most ${limits.maxAliases} are allowed`, {
              nodes: [node],
              extensions: { limit: 'aliases', max: limits.maxAliases },
            }),
          );
        }
      },
    };
  };
}

function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The page size a field asks for: its first/limit argument from the query, variables or defaults. */
function pageSize(field: FieldNode, def: GraphQLField<unknown, unknown> | undefined, variables: Record<string, unknown>): number | null {
  for (const argName of ['first', 'limit']) {
    const argDef = def?.args.find((a) => a.name === argName);
    if (!argDef) continue;
    const node = field.arguments?.find((a) => a.name.value === argName);
    const value = node ? valueFromASTUntyped(node.value, variables) : argDef.defaultValue;
    // Larger pages are refused by the resolver itself (BAD_USER_INPUT naming the argument).
    if (typeof value === 'number' && Number.isFinite(value)) return Math.min(Math.max(0, value), LIMITS.maxPageSize);
    return argDef.defaultValue !== undefined && typeof argDef.defaultValue === 'number' ? argDef.defaultValue : null;
  }
  return null;
}

interface CostWalk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  memo: Map<string, number>;
  active: Set<string>;
}

/**
 * Estimated objects a query resolves: each object-valued field costs 1, and what is under a list
 * field counts once per expected item (its `first`/`limit`, else ASSUMED_LIST_SIZE).
 */
function estimate(set: SelectionSetNode, parentType: GraphQLNamedType | undefined, walk: CostWalk, raw: number): number {
  if (raw > HARD_DEPTH_LIMIT) return 0;
  const { schema } = walk;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet) continue;
      const name = selection.name.value;
      const def = parentType ? fieldDef(schema, parentType.name, name) : undefined;
      const child =
        name === '__schema' ? schema.getType('__Schema') : name === '__type' ? schema.getType('__Type') : def ? getNamedType(def.type) : undefined;
      if (child && !isCompositeType(child)) continue;
      const size = pageSize(selection, def, walk.variables);
      const times = size !== null ? size : def && isList(def.type) && name !== 'edges' ? ASSUMED_LIST_SIZE : 1;
      cost += 1 + times * estimate(selection.selectionSet, child, walk, raw + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
      cost += estimate(selection.selectionSet, type ?? parentType, walk, raw);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.active.has(name)) continue;
      let inner = walk.memo.get(name);
      if (inner === undefined) {
        walk.active.add(name);
        inner = estimate(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parentType, walk, raw);
        walk.active.delete(name);
        walk.memo.set(name, inner);
      }
      cost += inner;
    }
  }
  return cost;
}

export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return estimate(operation.selectionSet, root ?? undefined, { schema, fragments, variables, memo: new Map(), active: new Set() }, 0);
}

/** Refuses an operation whose estimated cost (with the request's variables) is above maxCost. */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = estimateCost(schema, document, operation, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `Operation is too expensive: an estimated ${Math.round(cost)} objects, at most ${limits.maxCost}; ask for smaller pages or fewer nested lists`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', max: limits.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
