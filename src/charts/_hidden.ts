/**
 * @internal Whether a row's value was hidden by `sos-eval/disclosure` (`suppressed` is 'primary'
 * or 'secondary', and the value replaced by the rules' symbol). Such a value is drawn as a gap
 * with a note, never as zero.
 */
export function isSuppressed(row: object): boolean {
  const s = (row as { readonly suppressed?: unknown }).suppressed;
  return s === 'primary' || s === 'secondary';
}
