import { SaxesParser } from 'saxes';
import type { CinIssue } from './cin-issue.js';
import { xpath, type XmlPath } from './_xml-path.js';

/** @internal An element of a Header or Child subtree, with the line its start tag ended on. */
export interface XNode {
  readonly name: string;
  readonly line: number;
  text: string;
  /** Shared empty list until the first child arrives (most elements are leaves). */
  children: XNode[];
  /** The element it is in (`null` for the Header or Child itself), set when its record is read. */
  parent: XNode | null;
  /** Its position among same-named siblings when it may repeat, set when its record is read. */
  n: number | null;
}

const NO_CHILDREN: XNode[] = [];
const NON_SPACE = /\S/;

/** @internal Bounds that keep memory and time flat on hostile input (documented in readCinCensus). */
export interface XmlLimits {
  readonly maxDepth: number;
  readonly maxTextLength: number;
  readonly maxElementsPerChild: number;
  readonly maxIssues: number;
}

/** @internal What the reader emits, in file order. */
export type XmlItem =
  | { readonly kind: 'header'; readonly node: XNode }
  | { readonly kind: 'child'; readonly node: XNode; readonly index: number }
  | { readonly kind: 'issue'; readonly issue: CinIssue };

/** @internal A source of census text. */
export type CinSource =
  | string
  | Uint8Array
  | ArrayBuffer
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

const CHUNK = 1 << 16;

function isAsyncIterable(x: unknown): x is AsyncIterable<string | Uint8Array> {
  return x != null && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}
function isIterable(x: unknown): x is Iterable<string | Uint8Array> {
  return x != null && typeof (x as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/** @internal Throws a TypeError unless `source` is one of the accepted kinds. */
export function assertSource(source: unknown): asserts source is CinSource {
  if (
    typeof source === 'string' ||
    source instanceof Uint8Array ||
    source instanceof ArrayBuffer ||
    isAsyncIterable(source) ||
    isIterable(source)
  )
    return;
  throw new TypeError(
    `source must be a string, a Uint8Array/Buffer, an ArrayBuffer or an (async) iterable of chunks, got ${source === null ? 'null' : typeof source}`,
  );
}

/** @internal Text pieces of at most CHUNK characters, bytes decoded as UTF-8 as they arrive. */
async function* textChunks(source: CinSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    for (let i = 0; i < source.length; i += CHUNK) yield source.slice(i, i + CHUNK);
    return;
  }
  const decoder = new TextDecoder('utf-8');
  const bytes = (b: Uint8Array) => {
    const out: string[] = [];
    for (let i = 0; i < b.length; i += CHUNK) {
      out.push(decoder.decode(b.subarray(i, i + CHUNK), { stream: true }));
    }
    return out;
  };
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    yield* bytes(source instanceof ArrayBuffer ? new Uint8Array(source) : source);
  } else {
    const iterable = isAsyncIterable(source) ? source : (source as Iterable<string | Uint8Array>);
    for await (const chunk of iterable) {
      if (typeof chunk === 'string') {
        for (let i = 0; i < chunk.length; i += CHUNK) yield chunk.slice(i, i + CHUNK);
      } else if (chunk instanceof Uint8Array) {
        yield* bytes(chunk);
      } else {
        // A stream of something else is data we cannot read: say so once and stop.
        throw new TypeError('chunk');
      }
    }
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * @internal Reads a CIN census, handing each Header and Child subtree and each structural issue
 * to `sink` in file order, as soon as it is complete: a record is read while its elements are
 * still in the processor's cache. Yields once per piece of text parsed (the caller's moment to
 * pass on what the sink collected). Only one Child subtree is held at a time; anything else is
 * skipped without being stored.
 */
export async function* readXml(
  source: CinSource,
  limits: XmlLimits,
  sink: (item: XmlItem) => void,
): AsyncGenerator<void> {
  const parser = new SaxesParser({ position: true });
  let issueCount = 0;
  let stopped = false;
  // The open elements, by name, with per-name sibling counters to number repeats.
  const names: string[] = [];
  // Sibling numbering is kept only for the top three levels (Message, Header/Children, Child);
  // deeper positions are counted from the subtree being built when an issue needs them, so a
  // million children do not cost a Map per element.
  const levelCounts: Map<string, number>[] = [new Map(), new Map(), new Map()];
  const levelIndex: number[] = [0, 0, 0];
  let current: XNode | null = null; // the subtree being built (Header or Child)
  const building: XNode[] = [];
  let captureDepth = -1; // depth of the subtree root being built
  let childIndex = 0;
  let childElements = 0;
  let skippingChild = false;
  let textOverflowReported = false;
  let sawRoot = false;
  let skipDepth = -1; // depth of an unknown element being skipped outside a record

  const pathNow = (): XmlPath => {
    const out: (string | number)[] = [];
    for (let d = 0; d < names.length; d++) {
      const name = names[d]!;
      out.push(name);
      let n: number | undefined;
      if (d <= 2) n = levelIndex[d];
      else if (current && d > captureDepth && d - captureDepth < building.length) {
        const parent = building[d - captureDepth - 1]!;
        const node = building[d - captureDepth]!;
        n = 0;
        for (const c of parent.children) {
          if (c === node) break;
          if (c.name === name) n++;
        }
      }
      if (n !== undefined && (n > 0 || REPEATABLE.has(name))) out.push(n);
    }
    return out;
  };
  const issue = (
    code: string,
    message: string,
    path: XmlPath = pathNow(),
    line: number | null = parser.line,
  ) => {
    issueCount++;
    if (issueCount > limits.maxIssues) {
      if (issueCount === limits.maxIssues + 1) {
        sink({
          kind: 'issue',
          issue: {
            path: [],
            element: '',
            line,
            code: 'too_many_issues',
            message: `more than ${limits.maxIssues} issues (options.maxIssues); the rest of the file was read but its issues are not listed`,
          },
        });
      }
      return;
    }
    const element = xpath(path);
    sink({
      kind: 'issue',
      issue: { path: [...path], element, line, code, message: `${element || 'file'}: ${message}` },
    });
  };
  const stop = (code: string, message: string) => {
    if (stopped) return;
    issue(code, message);
    stopped = true;
  };

  parser.on('error', (err) => {
    if (stopped) return;
    const msg = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    stop('xml_error', `not well-formed XML (${msg}); reading stopped at line ${parser.line}`);
  });

  parser.on('opentag', (tag) => {
    if (stopped) return;
    sawRoot = true;
    const depth = names.length;
    if (depth >= limits.maxDepth) {
      stop(
        'too_deep',
        `elements nested deeper than ${limits.maxDepth} (options.maxDepth); reading stopped`,
      );
      return;
    }
    const name = tag.name;
    if (depth <= 2) {
      const counts = levelCounts[depth]!;
      const n = counts.get(name) ?? 0;
      counts.set(name, n + 1);
      levelIndex[depth] = n;
      if (depth < 2) levelCounts[depth + 1]!.clear();
    }
    names.push(name);

    if (depth === 0) {
      const colon = name.indexOf(':');
      const local = colon >= 0 ? name.slice(colon + 1) : name;
      const ns = tag.attributes[colon >= 0 ? `xmlns:${name.slice(0, colon)}` : 'xmlns'];
      if (local !== 'Message') {
        stop(
          'not_cin_census',
          `the root element is <${name}>, not <Message>: not a CIN census file`,
        );
      } else if (colon >= 0 || (typeof ns === 'string' && ns !== '')) {
        stop(
          'wrong_namespace',
          `the root element is in namespace ${JSON.stringify(ns ?? '(undeclared prefix)')}; CIN census elements have no namespace`,
        );
      }
      return;
    }
    if (skippingChild) return;
    if (current) {
      childElements++;
      if (childElements > limits.maxElementsPerChild) {
        issue(
          'too_many_elements',
          `more than ${limits.maxElementsPerChild} elements in one record (options.maxElementsPerChild); the record was skipped`,
          pathNow().slice(0, captureDepth === 2 ? 4 : 2),
          current.line,
        );
        current = null;
        building.length = 0;
        skippingChild = true;
        return;
      }
      const parentNode = building[building.length - 1]!;
      const node: XNode = {
        name,
        line: parser.line,
        text: '',
        children: NO_CHILDREN,
        parent: null,
        n: null,
      };
      if (parentNode.children === NO_CHILDREN) parentNode.children = [node];
      else parentNode.children.push(node);
      building.push(node);
      return;
    }
    const parent = names[depth - 1];
    if (depth === 1 && name === 'Header') {
      current = { name, line: parser.line, text: '', children: [], parent: null, n: null };
    } else if (depth === 2 && parent === 'Children' && name === 'Child') {
      current = { name, line: parser.line, text: '', children: [], parent: null, n: null };
    } else if (depth === 1 && name === 'Children') {
      return;
    } else {
      // One issue for an unknown element; what it contains is skipped without further issues.
      if (skipDepth < 0) {
        skipDepth = depth;
        issue(
          'unknown_element',
          `<${name}> is not part of the CIN census schema here; it and its content were skipped`,
        );
      }
      return;
    }
    captureDepth = depth;
    childElements = 1;
    textOverflowReported = false;
    building.push(current);
  });

  parser.on('text', (text) => {
    if (stopped || !current || skippingChild) return;
    const node = building[building.length - 1]!;
    // White space between elements: tested without copying it.
    if (node.children.length > 0 && !NON_SPACE.test(text)) return;
    if (node.text.length + text.length > limits.maxTextLength) {
      if (!textOverflowReported) {
        textOverflowReported = true;
        issue(
          'text_too_long',
          `text longer than ${limits.maxTextLength} characters (options.maxTextLength); it was cut`,
        );
      }
      node.text = (node.text + text).slice(0, limits.maxTextLength);
      return;
    }
    node.text += text;
  });

  parser.on('closetag', () => {
    if (stopped) return;
    const depth = names.length - 1;
    if (depth === captureDepth) {
      if (current) {
        const node = current;
        sink(
          node.name === 'Header'
            ? { kind: 'header', node }
            : { kind: 'child', node, index: childIndex },
        );
      }
      if (names[depth] === 'Child') childIndex++;
      current = null;
      building.length = 0;
      captureDepth = -1;
      skippingChild = false;
    } else if (current && !skippingChild && depth > captureDepth) {
      building.pop();
    }
    if (depth === skipDepth) skipDepth = -1;
    names.pop();
  });

  try {
    let first = true;
    for await (let chunk of textChunks(source)) {
      if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
      parser.write(chunk);
      yield;
      if (stopped) return;
    }
  } catch (error) {
    if (error instanceof TypeError && error.message === 'chunk') {
      stop('xml_error', 'the stream gave a chunk that is neither text nor bytes; reading stopped');
      yield;
      return;
    }
    throw error;
  }
  if (!stopped) {
    if (names.length > 0) {
      const where = xpath(pathNow());
      stop(
        'truncated',
        `the file ends inside ${where} (opened elements not closed): it was cut short${current ? '; the record being read was dropped' : ''}`,
      );
    } else if (!sawRoot) {
      stop('not_cin_census', 'no XML element found: the file is empty or not XML');
    } else {
      // Lets saxes report anything left (e.g. text after the root).
      parser.close();
    }
  }
  yield;
}

// Elements that may repeat: always numbered, so a path names the same element whether or not a
// sibling follows.
const REPEATABLE = new Set([
  'Child',
  'CINdetails',
  'Assessments',
  'CINPlanDates',
  'Section47',
  'ChildProtectionPlans',
  'CPPreviewDate',
  'Disability',
  'AssessmentFactors',
  'Source',
]);
