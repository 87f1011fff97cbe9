import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (no trailing slash). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

/** Parses a JSON file under the repository root. */
export const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown;

/** Every `.ts` file under `dir` (relative to the root), as root-relative paths. */
export function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (/\.(c|m)?ts$/.test(entry.name)) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}
