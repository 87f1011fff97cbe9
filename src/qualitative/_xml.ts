// A small element tree from saxes, for untrusted XML. saxes does not fetch external entities or
// expand entities declared in a DTD, and any DOCTYPE is refused outright here; the tree is capped in
// characters, elements, depth and attributes so that a huge or deeply nested document stops early.
import { SaxesParser } from 'saxes';
import type { ValidationIssue } from '../models/validation-issue.js';

/** @internal */
export interface XmlElement {
  /** Local name. */
  readonly name: string;
  /** Namespace URI ('' for none). */
  readonly uri: string;
  /** Attributes by local name (values as written, entities decoded). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (not its children's). */
  text: string;
}

/** @internal */
export interface XmlLimits {
  readonly maxChars: number;
  readonly maxElements: number;
  readonly maxDepth: number;
}

/** @internal */
export const DEFAULT_XML_LIMITS: XmlLimits = Object.freeze({
  maxChars: 64 * 1024 * 1024,
  maxElements: 1_000_000,
  maxDepth: 64,
});

class Stop extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(issue.message);
  }
}

/** @internal Parses XML text to its root element, or gives the issue that stopped it. */
export function parseXml(
  text: string,
  where: string,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): { root: XmlElement } | { issue: ValidationIssue } {
  const path = [where];
  if (text.length > limits.maxChars) {
    return {
      issue: {
        path,
        code: 'xml_too_big',
        message: `${where}: ${text.length} characters is more than the limit of ${limits.maxChars}`,
      },
    };
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  const stop = (code: string, message: string): never => {
    throw new Stop({ path, code, message: `${where}: ${message}` });
  };
  parser.on('doctype', () => stop('xml_doctype', 'a DOCTYPE is not allowed (entity expansion)'));
  parser.on('opentag', (tag) => {
    elements++;
    if (elements > limits.maxElements)
      stop('xml_too_big', `more than ${limits.maxElements} elements`);
    if (stack.length >= limits.maxDepth)
      stop('xml_too_deep', `nested deeper than ${limits.maxDepth} elements`);
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const a of Object.values(tag.attributes)) {
      const attr = a as { local: string; prefix: string; value: string };
      if (attr.prefix === 'xmlns' || (attr.prefix === '' && attr.local === 'xmlns')) continue;
      attributes[attr.local] = attr.value;
    }
    const el: XmlElement = {
      name: tag.local ?? tag.name,
      uri: tag.uri ?? '',
      attributes,
      children: [],
      text: '',
    };
    if (stack.length === 0) {
      if (root !== undefined) stop('invalid_xml', 'more than one root element');
      root = el;
    } else stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string): void => {
    if (stack.length > 0) stack[stack.length - 1]!.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) return { issue: error.issue };
    return {
      issue: {
        path,
        code: 'invalid_xml',
        message: `${where}: not well-formed XML (${error instanceof Error ? error.message : String(error)})`,
      },
    };
  }
  if (root === undefined)
    return { issue: { path, code: 'invalid_xml', message: `${where}: no root element` } };
  return { root };
}

/** @internal The children of `el` with a local name. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c) => c.name === name);

/** @internal The first child with a local name. */
export const childNamed = (el: XmlElement, name: string): XmlElement | undefined =>
  el.children.find((c) => c.name === name);

/** @internal Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}
