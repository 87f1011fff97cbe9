import { CodebookSchema, type Code, type Codebook } from './codebook.js';
import { fromZodIssues } from '../models/validation-issue.js';
import { CODEBOOK_NS } from './_refi.js';
import { escapeXml } from './_xml.js';

/** Options for {@link writeQdc}. */
export interface WriteQdcOptions {
  /** The `origin` attribute (the writing tool). Default the codebook's origin; none when it has none. */
  readonly origin?: string;
}

// XML 1.0 cannot carry most control characters, lone surrogates or U+FFFE/U+FFFF.
const xmlChar = (ch: string): string => {
  const c = ch.codePointAt(0)!;
  const bad =
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    c === 0xfffe ||
    c === 0xffff ||
    (c >= 0xd800 && c <= 0xdfff);
  return bad ? '\ufffd' : ch;
};
// Array.from walks code points, so a lone surrogate comes alone and is replaced.
const clean = (text: string): string => escapeXml(Array.from(text, xmlChar).join(''));

/**
 * Writes a codebook as a REFI-QDA `.qdc` document (namespace `urn:QDA-XML:codebook:1.0`): the
 * hierarchy as nested `<Code>` elements, each parent followed by its children in codebook order.
 * {@link readQdc} reads it back to the same codebook when the codes were listed parents first
 * (as `readQdc` lists them). REFI-QDA asks for GUIDs as ids: a codebook read from a tool has them;
 * other ids are written as they are, and tools may refuse them. Characters XML 1.0 cannot carry
 * (most control characters) are written as U+FFFD.
 *
 * @param codebook - A valid {@link Codebook}.
 * @returns The XML text, UTF-8 declared.
 * @throws RangeError naming the first problem if `codebook` is not a valid codebook.
 * @category REFI-QDA
 * @example
 * ```ts
 * import { readQdc, writeQdc } from 'sos-eval/qualitative';
 * const codebook = { codes: [
 *   { id: '2b7a9c10-1111-4a2b-8c3d-000000000001', name: 'IT challenges', parentId: null, codable: true,
 *     description: 'Systems & "workarounds"' },
 * ] };
 * const xml = writeQdc(codebook);
 * xml.includes('Systems &amp; &quot;workarounds&quot;') //=> true
 * const back = readQdc(xml);
 * back._tag === 'Right' && back.right.codebook.codes[0].description //=> 'Systems & "workarounds"'
 * ```
 */
export function writeQdc(codebook: Codebook, options: WriteQdcOptions = {}): string {
  const checked = CodebookSchema.safeParse(codebook);
  if (!checked.success) {
    const first = fromZodIssues(checked.error.issues, ['codebook'])[0]!;
    throw new RangeError(`codebook must be a valid codebook: ${first.message}`);
  }
  const book = checked.data;
  const children = new Map<string | null, Code[]>();
  for (const c of book.codes) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  const lines: string[] = [];
  const write = (parent: string | null, depth: number): void => {
    for (const c of children.get(parent) ?? []) {
      const pad = '  '.repeat(depth);
      const attrs =
        `guid="${clean(c.id)}" name="${clean(c.name)}" isCodable="${c.codable}"` +
        (c.colour === undefined ? '' : ` color="${clean(c.colour)}"`);
      const kids = children.get(c.id) ?? [];
      if (c.description === undefined && kids.length === 0) {
        lines.push(`${pad}<Code ${attrs}/>`);
        continue;
      }
      lines.push(`${pad}<Code ${attrs}>`);
      if (c.description !== undefined)
        lines.push(`${pad}  <Description>${clean(c.description)}</Description>`);
      write(c.id, depth + 1);
      lines.push(`${pad}</Code>`);
    }
  };
  write(null, 2);
  const origin = options.origin ?? book.origin;
  const head =
    (origin === undefined ? '' : ` origin="${clean(origin)}"`) +
    (book.name === undefined ? '' : ` name="${clean(book.name)}"`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${CODEBOOK_NS}"${head}>`,
    '  <Codes>',
    ...lines,
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}
