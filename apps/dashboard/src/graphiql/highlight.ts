/** Syntax colouring for GraphQL and JSON, as DOM nodes (never HTML strings). */

const GRAPHQL = /("""[\s\S]*?(?:"""|$)|"(?:[^"\\\n]|\\.)*"?)|(#[^\n]*)|(\$[_A-Za-z][_0-9A-Za-z]*)|(@[_A-Za-z][_0-9A-Za-z]*)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)|([{}()[\]:=!,|&]|\.\.\.)/g;
const KEYWORDS = new Set(['query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null']);

export function highlightGraphQL(text: string, into: HTMLElement): void {
  into.textContent = '';
  let last = 0;
  let m: RegExpExecArray | null;
  GRAPHQL.lastIndex = 0;
  while ((m = GRAPHQL.exec(text))) {
    if (m.index > last) into.append(text.slice(last, m.index));
    let cls = 'tok-punct';
    if (m[1] !== undefined) cls = 'tok-string';
    else if (m[2] !== undefined) cls = 'tok-comment';
    else if (m[3] !== undefined) cls = 'tok-variable';
    else if (m[4] !== undefined) cls = 'tok-directive';
    else if (m[5] !== undefined) cls = 'tok-number';
    else if (m[6] !== undefined) {
      const rest = text.slice(GRAPHQL.lastIndex);
      if (KEYWORDS.has(m[6])) cls = 'tok-keyword';
      else if (/^[A-Z]/.test(m[6])) cls = 'tok-type';
      else if (/^\s*:/.test(rest)) cls = 'tok-attr';
      else cls = 'tok-field';
    }
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = m[0];
    into.append(span);
    last = GRAPHQL.lastIndex;
    if (m[0].length === 0) GRAPHQL.lastIndex++;
  }
  if (last < text.length) into.append(text.slice(last));
  // a trailing newline needs content after it to keep the overlay the textarea's height
  into.append('\n');
}

const JSON_TOKENS = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)/g;

export function highlightJson(text: string, into: HTMLElement): void {
  into.textContent = '';
  let last = 0;
  let m: RegExpExecArray | null;
  JSON_TOKENS.lastIndex = 0;
  while ((m = JSON_TOKENS.exec(text))) {
    if (m.index > last) into.append(text.slice(last, m.index));
    const span = document.createElement('span');
    if (m[1] !== undefined) {
      span.className = m[2] ? 'tok-attr' : 'tok-string';
      span.textContent = m[1];
      into.append(span);
      if (m[2]) into.append(m[2]);
    } else {
      span.className = m[3] !== undefined ? 'tok-number' : 'tok-keyword';
      span.textContent = m[0];
      into.append(span);
    }
    last = JSON_TOKENS.lastIndex;
  }
  if (last < text.length) into.append(text.slice(last));
}
