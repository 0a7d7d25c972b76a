// Next answers a method a route handler does not export with a bare 405, and HTTP wants the methods the
// resource does take in an Allow header. A route spreads these in beside its own handlers:
//   export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(['GET', 'HEAD', 'OPTIONS'], respond);

export type Method = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const READ_ONLY: readonly Method[] = ['GET', 'HEAD', 'OPTIONS'];

/** Handlers for the methods a route does not take (405 with Allow), and OPTIONS listing the ones it does. */
export function otherMethods(allowed: readonly Method[], notAllowed: (allow: string) => Response) {
  const allow = allowed.join(', ');
  const refuse = () => notAllowed(allow);
  const options = () => new Response(null, { status: 204, headers: { allow } });
  return {
    OPTIONS: options,
    GET: refuse,
    POST: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
  };
}

/** The 405 of a route that is not JSON. */
export function plainMethodNotAllowed(allow: string): Response {
  return new Response(`Only ${allow} here.\n`, {
    status: 405,
    headers: { allow, 'content-type': 'text/plain; charset=utf-8' },
  });
}
