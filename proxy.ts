import { type NextRequest, NextResponse } from 'next/server';
import { badPath } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { plainPage } from '@/lib/http/plain-page';
import { rateLimitFor, refuseOverLimit } from '@/lib/http/rate-limited';
import { isApiPath, pathProblem } from '@/lib/http/request-path';

// Before routing: a path Next cannot decode is the client's mistake (400, not Next's 500); a page path with
// control characters is the site's 404 page; the routes that cost database work per request count against their
// rate limit. Security headers are next.config.ts's.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const api = isApiPath(pathname);
  const problem = pathProblem(pathname);
  if (problem === 'undecodable') {
    return api
      ? badPath()
      : plainPage(400, 'Bad address', 'This address has a broken %-escape, so it cannot name any page here.');
  }
  if (problem === 'control-characters' && !api) return NextResponse.rewrite(new URL('/_not-found', request.url));
  const limit = rateLimitFor(pathname);
  if (limit) {
    const refusal = await refuseOverLimit(getDb(), request, limit, { json: api });
    if (refusal) return refusal;
  }
  return NextResponse.next();
}

export const config = {
  // Next's own build output is served as is: its names are hashes, never user input.
  matcher: ['/((?!_next/static/|_next/image/).*)'],
};
