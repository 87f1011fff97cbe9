import type { StudyTool } from '../models/study/study.js';
import { squash } from './_coerce.js';

/** @internal A slug for a name no table knows, so an unknown-column issue can show it. */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const PREFIXED = /^(?:usage|use of|used)\s*[:\-–—]?\s+(.+)$/i;

/**
 * @internal The tool id a name gives (`Three Houses`, `Words & Pictures`, `Fairy/Wizard`): each
 * tool is known by its id, name and aliases, ignoring case, spaces and punctuation. Where two
 * tools share a spelling, the earlier tool in the catalogue keeps it.
 */
export function toolNamer(tools: readonly StudyTool[]): (name: string) => string | undefined {
  const names = new Map<string, string>();
  for (const tool of tools) {
    for (const name of [tool.id, tool.name, ...tool.aliases]) {
      const key = squash(name);
      if (key !== '' && !names.has(key)) names.set(key, tool.id);
    }
  }
  return (name) => names.get(squash(name));
}

/**
 * @internal The usage field a survey header fills: `Usage: Mapping` or plain `Safety planning`
 * → `usage.<tool id>`. A prefixed header naming no tool of the study still maps (to its slug),
 * so the reader reports it as an unknown tool rather than an unknown column.
 */
export function usageColumn(
  toolOf: (name: string) => string | undefined,
): (header: string) => readonly string[] | undefined {
  // Paths as segments: a tool id may hold a dot or be all digits.
  return (header) => {
    const prefixed = PREFIXED.exec(header.trim());
    if (prefixed) return ['usage', toolOf(prefixed[1]!) ?? slug(prefixed[1]!)];
    const id = toolOf(header);
    return id === undefined ? undefined : ['usage', id];
  };
}
