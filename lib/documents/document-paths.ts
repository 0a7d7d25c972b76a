// The public catalog's pages, served as documents without Next's client runtime (strip-runtime.ts): the home page,
// the matrix and techniques, platforms, detections and search. Everything they do in a browser is links, GET forms
// and the document script. Sign-in, the editor, history, accounts and admin stay React applications.

const DOCUMENT_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/techniques(?:\/[^/]+)?\/?$/,
  /^\/platforms\/[^/]+\/?$/,
  /^\/detections\/[^/]+(?:\/[^/]+)?\/?$/,
  /^\/search\/?$/,
];

/** `pathname` as Next routes it (percent-decoded), without the query. */
export function isDocumentPath(pathname: string): boolean {
  return DOCUMENT_PATHS.some((p) => p.test(pathname));
}
