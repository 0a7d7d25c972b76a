/**
 * Whether public pages go out as documents, without Next's client runtime (lib/http/document-response.ts).
 * Off under `next dev`, whose pages need the runtime for refresh on save, and with TRIPLINE_DOCUMENTS=off, to
 * compare the two.
 */
export function documentsOn(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRIPLINE_DOCUMENTS !== 'off' && env.NODE_ENV !== 'development';
}
