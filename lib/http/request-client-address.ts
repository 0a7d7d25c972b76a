import { CLIENT_ADDRESS_HEADER } from './node-request-hook';

// The client address that lib/http/node-request-hook.ts wrote, as the rate limits and the sign-in throttle key it.
// instrumentation.ts installs that hook in every Node.js server process Next starts (next start, next dev, a
// standalone server), before the first request, and the hook either writes the header or answers the request itself;
// so a request without it means the hook is not running: instrumentation.ts not loaded, a route moved to the edge
// runtime, or a handler called outside a server. That is a fault of the build, not of the client. Falling back to one
// shared name would put every client in one count (a few requests from anyone would shut out everyone), so the
// request fails instead, with an error that says why.

export class MissingClientAddress extends Error {
  override name = 'MissingClientAddress';
  constructor() {
    super(
      `no ${CLIENT_ADDRESS_HEADER} on this request: lib/http/node-request-hook.ts is not installed ` +
        '(instrumentation.ts installs it in every Node.js server process); refusing rather than counting every ' +
        'client as one',
    );
  }
}

/** The address that counts for this request's client; throws MissingClientAddress without the hook. */
export function clientAddressOf(request: Request): string {
  const address = request.headers.get(CLIENT_ADDRESS_HEADER);
  if (!address) throw new MissingClientAddress();
  return address;
}
