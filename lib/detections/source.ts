import { isImported, OWN_SOURCE } from '../vocabulary';

/** How a source reads to an analyst: our own detections are proven on samples; an import is someone else's rules. */
export function sourceLabel(source: string): string {
  return isImported(source) ? `Imported from ${source}` : 'Tripline (own, proven)';
}

export { isImported, OWN_SOURCE };
