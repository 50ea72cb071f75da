/**
 * Works out, from the text before the caret, which type's fields (or which field's arguments)
 * fit there: enough for completion without a full language server.
 */
import {
  getNamedType, isInputObjectType, isInterfaceType, isObjectType, isUnionType,
  type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';

export interface Completion { label: string; detail: string; insert: string; doc?: string | null }

export interface CompletionContext { from: number; to: number; items: Completion[] }

interface Frame { type: GraphQLNamedType | null }

/** Removes strings and comments (keeping offsets) so braces inside them do not count. */
function blank(text: string): string {
  return text
    .replace(/"""[\s\S]*?(?:"""|$)/g, (m) => ' '.repeat(m.length))
    .replace(/"(?:[^"\\\n]|\\.)*"?/g, (m) => ' '.repeat(m.length))
    .replace(/#[^\n]*/g, (m) => ' '.repeat(m.length));
}

export function completionsAt(schema: GraphQLSchema, text: string, caret: number): CompletionContext | null {
  const before = blank(text.slice(0, caret));
  const wordMatch = /[_A-Za-z][_0-9A-Za-z]*$/.exec(before);
  const prefix = wordMatch ? wordMatch[0] : '';
  const from = caret - prefix.length;
  let to = caret;
  while (to < text.length && /[_0-9A-Za-z]/.test(text[to])) to++;

  const tokens = before.slice(0, from).match(/\.\.\.|[_A-Za-z][_0-9A-Za-z]*|[{}()$:@!=[\]]|\S/g) ?? [];
  const stack: Frame[] = [];
  let parenField: GraphQLField<unknown, unknown> | null = null;
  let parenDepth = 0;
  let pendingType: GraphQLNamedType | null = null; // type the next "{" opens
  let lastField: GraphQLField<unknown, unknown> | null = null;
  let expectTypeCondition = false;
  let expectVarType = false;

  const fieldsOf = (t: GraphQLNamedType | null) => (t && (isObjectType(t) || isInterfaceType(t)) ? t.getFields() : null);

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (parenDepth > 0) {
      if (tok === '(') parenDepth++;
      else if (tok === ')') parenDepth--;
      if (parenDepth === 0 && stack.length === 0) expectVarType = false;
      if (stack.length === 0 && tok === ':') expectVarType = true;
      continue;
    }
    switch (tok) {
      case 'query':
      case 'mutation':
      case 'subscription':
        if (stack.length === 0) {
          pendingType = tok === 'query' ? schema.getQueryType() ?? null : tok === 'mutation' ? schema.getMutationType() ?? null : schema.getSubscriptionType() ?? null;
          continue;
        }
        break;
      case 'fragment':
        if (stack.length === 0) continue;
        break;
      case 'on':
        expectTypeCondition = true;
        continue;
      case '{':
        stack.push({ type: pendingType ?? (stack.length === 0 ? schema.getQueryType() ?? null : lastField ? getNamedType(lastField.type) : null) });
        pendingType = null;
        lastField = null;
        continue;
      case '}':
        stack.pop();
        lastField = null;
        pendingType = null;
        continue;
      case '(':
        parenDepth = 1;
        parenField = lastField;
        continue;
    }
    if (expectTypeCondition && /^[_A-Za-z]/.test(tok)) {
      pendingType = schema.getType(tok) ?? null;
      expectTypeCondition = false;
      continue;
    }
    if (/^[_A-Za-z]/.test(tok) && stack.length > 0) {
      const next = tokens[i + 1];
      if (next === ':') continue; // alias
      lastField = fieldsOf(stack[stack.length - 1].type)?.[tok] ?? null;
    }
  }

  // inside arguments: "(first: 1, |"
  const openParen = parenDepth > 0;
  if (openParen && stack.length > 0 && parenField) {
    const afterColon = /:\s*[^,\s)]*$/.test(before.slice(0, from)) && !/[,(]\s*$/.test(before.slice(0, from));
    if (afterColon) return null;
    const items = parenField.args
      .filter((a) => a.name.startsWith(prefix))
      .map((a) => ({ label: a.name, detail: String(a.type), insert: `${a.name}: `, doc: a.description }));
    return items.length ? { from, to, items } : null;
  }
  if (openParen && stack.length === 0 && expectVarType) return typeCompletions(schema, prefix, from, to, true);
  if (expectTypeCondition) return typeCompletions(schema, prefix, from, to, false);
  if (stack.length === 0) {
    const items = ['query', 'mutation', 'fragment', 'subscription'].filter((k) => k.startsWith(prefix) && k !== prefix).map((k) => ({ label: k, detail: 'keyword', insert: k + ' ' }));
    return items.length ? { from, to, items } : null;
  }
  const parent = stack[stack.length - 1].type;
  const items: Completion[] = [];
  const fields = fieldsOf(parent);
  if (fields) {
    for (const f of Object.values(fields)) {
      if (!f.name.startsWith(prefix)) continue;
      const named = getNamedType(f.type);
      const needsSelection = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
      const required = f.args.some((a) => String(a.type).endsWith('!') && a.defaultValue === undefined);
      items.push({ label: f.name, detail: String(f.type), insert: f.name + (required ? '()' : '') + (needsSelection ? ' {  }' : ''), doc: f.deprecationReason ? `deprecated: ${f.deprecationReason}` : f.description });
    }
  }
  if ('__typename'.startsWith(prefix)) items.push({ label: '__typename', detail: 'String!', insert: '__typename' });
  if (parent && (isUnionType(parent) || isInterfaceType(parent)) && '...'.startsWith(prefix || '.')) items.push({ label: '... on', detail: 'inline fragment', insert: '... on ' });
  return items.length ? { from, to, items } : null;
}

function typeCompletions(schema: GraphQLSchema, prefix: string, from: number, to: number, input: boolean): CompletionContext | null {
  const items = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && t.name.startsWith(prefix))
    .filter((t) => (input ? !isObjectType(t) && !isInterfaceType(t) && !isUnionType(t) : isObjectType(t) || isInterfaceType(t) || isUnionType(t) || isInputObjectType(t)))
    .map((t) => ({ label: t.name, detail: 'type', insert: t.name, doc: t.description }));
  return items.length ? { from, to, items } : null;
}
