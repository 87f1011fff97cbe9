import { TOOL_IDS } from '../models/tool.js';
import { squash } from './_coerce.js';

// Names local authorities and survey tools use for the tools, beyond the ids themselves.
const TOOL_NAMES: Readonly<Record<string, (typeof TOOL_IDS)[number]>> = {
  ...Object.fromEntries(TOOL_IDS.map((id) => [squash(id), id])),
  safetymapping: 'mapping',
  mappingassessment: 'mapping',
  dangerstatement: 'danger-statements',
  safetyplan: 'safety-planning',
  scalingquestions: 'scaling',
  threehouse: 'three-houses',
  wordspictures: 'words-and-pictures',
  familynetworkmeeting: 'family-network-meetings',
  networkmeetings: 'family-network-meetings',
  fnm: 'family-network-meetings',
  appreciativeinquiries: 'appreciative-inquiry',
};

/** @internal The tool id a header names (`Three Houses`, `Words & Pictures`), if any. */
export function toolIdOf(name: string): string | undefined {
  return TOOL_NAMES[squash(name)];
}

/** @internal A slug for a name no table knows, so an unknown-column issue can show it. */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const PREFIXED = /^(?:usage|use of|used)\s*[:\-–—]?\s+(.+)$/i;

/**
 * @internal The usage field a survey header fills: `Usage: Mapping` or plain `Safety planning`
 * → `usage.<tool id>`. A prefixed header naming no known tool still maps (to its slug), so the
 * reader reports it as an unknown tool rather than an unknown column.
 */
export function usageColumn(header: string): string | undefined {
  const prefixed = PREFIXED.exec(header.trim());
  if (prefixed) return `usage.${toolIdOf(prefixed[1]!) ?? slug(prefixed[1]!)}`;
  const id = toolIdOf(header);
  return id === undefined ? undefined : `usage.${id}`;
}
