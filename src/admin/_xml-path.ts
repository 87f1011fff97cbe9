/** @internal A location: element names each followed by its 0-based position when repeated. */
export type XmlPath = readonly (string | number)[];

/** @internal Renders a path as an XPath with 1-based positions. */
export function xpath(path: XmlPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p + 1}]`;
    else out += out === '' ? p : `/${p}`;
  }
  return out;
}
