// What a raw request path is before Next routes it. Next percent-decodes a path to route it: one that does not
// decode (%ff, or %c3 without its second byte) made it answer 500, though it is the client's mistake (400).
// One that decodes to control characters (%00) names no page: routes refuse such params anyway
// (lib/routes/params.ts), but a cached page's 404 is still written to a file named after the path, which
// Node refuses for a NUL and Next logs as an error on every such request.

export type PathProblem = 'undecodable' | 'control-characters';

export function pathProblem(pathname: string): PathProblem | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'undecodable';
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
  return /[\u0000-\u001f\u007f]/.test(decoded) ? 'control-characters' : null;
}

/** Everything under /api answers in JSON, errors included. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}
