/**
 * JSON text of immutable objects, computed once per object. Services never mutate a loaded
 * meeting in place (they copy what changes), so an unchanged entry keeps its text for free.
 */
const memo = new WeakMap<object, string>();

export function jsonOf(value: object): string {
  let text = memo.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    memo.set(value, text);
  }
  return text;
}

/** Parses stored JSON and remembers the text for the parsed object. */
export function parseJson<T extends object>(text: string): T {
  const value = JSON.parse(text) as T;
  memo.set(value, text);
  return value;
}
