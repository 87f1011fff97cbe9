import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { Codebook } from './codebook.js';
import { CODEBOOK_NS, readCodeTree } from './_refi.js';
import { childNamed, DEFAULT_XML_LIMITS, parseXml } from './_xml.js';

/** What {@link readQdc} returns: the codebook and an issue for every code set aside or repaired. */
export interface QdcResult {
  /** The codebook, its codes in document order (each parent before its children). */
  readonly codebook: Codebook;
  /** Problems that did not stop the reading: codes set aside or repaired. */
  readonly issues: readonly ValidationIssue[];
}

/** Options for {@link readQdc}. */
export interface ReadQdcOptions {
  /** The most characters of XML read. Default 64 Mi. */
  readonly maxChars?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads a REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`) into a
 * {@link Codebook}: `<Code>` elements with their `guid`, `name`, `isCodable`, `color` and
 * `<Description>`, nested for the hierarchy. What tools differ on is accepted: GUIDs in either
 * case or in braces (stored lower case without braces), `isCodable` as `true`/`True`/`1`, colours as
 * `#RRGGBB` or `#AARRGGBB`. A code without a valid GUID is set aside with its sub-codes and an
 * issue; a code with no name is named by its GUID. A document that is not XML, has a DOCTYPE, is
 * too big or is not a codebook gives `Left(issues)`. Never throws on data.
 *
 * @param input - The file's text, or its bytes (UTF-8).
 * @category REFI-QDA
 * @example
 * ```ts
 * import { readQdc } from 'sos-eval/qualitative';
 * const xml = `<?xml version="1.0" encoding="utf-8"?>
 * <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="made up">
 *   <Codes>
 *     <Code guid="{6F3C1B3A-0E6E-4E43-9D8A-1B2C3D4E5F60}" name="Barriers" isCodable="false">
 *       <Code guid="2b7a9c10-1111-4a2b-8c3d-000000000001" name="IT challenges" isCodable="true" />
 *     </Code>
 *   </Codes>
 * </CodeBook>`;
 * const read = readQdc(xml);
 * read._tag === 'Right' && read.right.codebook.codes.map((c) => c.name) //=> ['Barriers', 'IT challenges']
 * read._tag === 'Right' && read.right.codebook.codes[1].parentId //=> '6f3c1b3a-0e6e-4e43-9d8a-1b2c3d4e5f60'
 * ```
 */
export function readQdc(
  input: string | Uint8Array,
  options: ReadQdcOptions = {},
): Either<ValidationIssue[], QdcResult> {
  const text = typeof input === 'string' ? input : utf8.decode(input);
  const parsed = parseXml(text, 'codebook', {
    ...DEFAULT_XML_LIMITS,
    ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
  });
  if ('issue' in parsed) return left([parsed.issue]);
  const root = parsed.root;
  if (root.name !== 'CodeBook' || (root.uri !== CODEBOOK_NS && root.uri !== '')) {
    return left([
      {
        path: ['codebook'],
        code: 'not_a_codebook',
        message: `codebook: the root element is <${root.name}> in ${JSON.stringify(root.uri)}, not a REFI-QDA <CodeBook> (${CODEBOOK_NS})`,
      },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const codes = readCodeTree(childNamed(root, 'Codes'), 'codebook', issues);
  const origin = root.attributes['origin'];
  const name = root.attributes['name'];
  return right(
    deepFreeze({
      codebook: {
        ...(name === undefined ? {} : { name }),
        ...(origin === undefined ? {} : { origin }),
        codes,
      },
      issues,
    }),
  );
}
