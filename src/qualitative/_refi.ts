// What the REFI-QDA readers share: GUIDs as tools write them, booleans as tools write them, the
// code tree, and limits.
import type { ValidationIssue } from '../models/validation-issue.js';
import type { Code } from './codebook.js';
import { childNamed, childrenNamed, type XmlElement } from './_xml.js';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

/**
 * A GUID as tools write it — upper or lower case, with or without braces — in the lower-case,
 * braceless form the models use. Other pseudonymous ids (letters, digits, `.`, `_`, `-`) are kept
 * as they are, so a codebook with ids of its own survives a round trip; anything else is undefined.
 */
export function normaliseGuid(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().replace(/^\{(.*)\}$/, '$1');
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) {
    return v.toLowerCase();
  }
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v) ? v : undefined;
}

/** A boolean as tools write it ('true', 'True', '1', 'false', '0'); undefined otherwise. */
export function readBoolean(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

/** A colour as `#rrggbb` from `#RRGGBB` or `#AARRGGBB`; undefined otherwise. */
export function readColour(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^#[0-9A-Fa-f]{6}$/.test(v)) return v.toLowerCase();
  if (/^#[0-9A-Fa-f]{8}$/.test(v)) return `#${v.slice(3).toLowerCase()}`;
  return undefined;
}

/** Reads a <Codes> element's tree into flat codes, parents first; issues for codes set aside. */
export function readCodeTree(
  codesElement: XmlElement | undefined,
  where: string,
  issues: ValidationIssue[],
): Code[] {
  const codes: Code[] = [];
  const seen = new Set<string>();
  const walk = (el: XmlElement, parentId: string | null, path: (string | number)[]): void => {
    childrenNamed(el, 'Code').forEach((codeEl, i) => {
      const here = [...path, i];
      const rawGuid = codeEl.attributes['guid'];
      const id = normaliseGuid(rawGuid);
      if (id === undefined || seen.has(id)) {
        const n = countCodes(codeEl);
        issues.push({
          path: [where, ...here],
          code: id === undefined ? 'invalid_guid' : 'duplicate_id',
          message: `${where}: code ${JSON.stringify(codeEl.attributes['name'] ?? '')} has ${id === undefined ? `no valid guid (${JSON.stringify(rawGuid ?? null)})` : `the guid ${id} of an earlier code`}; it and the ${n - 1} code(s) below it are set aside`,
        });
        return;
      }
      seen.add(id);
      let name = codeEl.attributes['name'] ?? '';
      if (name.trim().length === 0) {
        issues.push({
          path: [where, ...here, 'name'],
          code: 'missing_name',
          message: `${where}: code ${id} has no name; its guid is used as its name`,
        });
        name = id;
      }
      const codable = readBoolean(codeEl.attributes['isCodable']);
      if (codable === undefined) {
        issues.push({
          path: [where, ...here, 'isCodable'],
          code: 'invalid_boolean',
          message: `${where}: code ${id} has isCodable ${JSON.stringify(codeEl.attributes['isCodable'] ?? null)}; taken as true`,
        });
      }
      const description = childNamed(codeEl, 'Description')?.text;
      const colour = readColour(codeEl.attributes['color']);
      codes.push({
        id,
        name,
        ...(description === undefined ? {} : { description }),
        ...(colour === undefined ? {} : { colour }),
        parentId,
        codable: codable ?? true,
      });
      walk(codeEl, id, here);
    });
  };
  if (codesElement !== undefined) walk(codesElement, null, []);
  return codes;
}

function countCodes(el: XmlElement): number {
  let n = 1;
  for (const c of childrenNamed(el, 'Code')) n += countCodes(c);
  return n;
}
