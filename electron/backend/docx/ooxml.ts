/**
 * Just enough reading of OOXML parts to move headers and footers between packages: elements are found by their
 * qualified name (Word and LibreOffice write the usual prefixes; the letterhead reader checks they mean what we
 * expect), never by building a tree, so every part copied keeps its bytes as its author wrote them.
 */

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every element with this qualified name, self-closing or with content (not nested in one of the same name). */
export function elements(xml: string, name: string): string[] {
  const tag = escapeRegExp(name);
  return xml.match(new RegExp(`<${tag}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g')) ?? [];
}

const unescapeAttribute = (value: string) =>
  value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** An attribute of an element's opening tag, unescaped; undefined when absent. */
export function attribute(element: string, name: string): string | undefined {
  const opening = /^<[^>]*>/.exec(element)?.[0] ?? '';
  const found = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(["'])([\\s\\S]*?)\\1`).exec(opening);
  return found ? unescapeAttribute(found[2] ?? '') : undefined;
}

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(relsXml: string): Relationship[] {
  return elements(relsXml, 'Relationship').map((element) => ({
    id: attribute(element, 'Id') ?? '',
    type: attribute(element, 'Type') ?? '',
    target: attribute(element, 'Target') ?? '',
    external: attribute(element, 'TargetMode') === 'External',
  }));
}

export function relationshipXml(relationship: Relationship): string {
  const mode = relationship.external ? ' TargetMode="External"' : '';
  return `<Relationship Id="${escapeAttribute(relationship.id)}" Type="${escapeAttribute(relationship.type)}" Target="${escapeAttribute(relationship.target)}"${mode}/>`;
}

/** The namespace declarations of a part's root element, by prefix. */
export function declarations(xml: string): Map<string, string> {
  const root = /<[A-Za-z][^>]*>/.exec(xml.replace(/^<\?xml[^>]*\?>/, ''))?.[0] ?? '';
  return new Map([...root.matchAll(/\sxmlns:([A-Za-z0-9_.-]+)\s*=\s*"([^"]*)"/g)].map((match) => [match[1] as string, match[2] as string]));
}
