import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';
import { publicBaseFor } from '@/lib/public-url';
import { robotsTxt } from '@/lib/sitemap/robots';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

export function GET(request: Request) {
  return new Response(robotsTxt(publicBaseFor(request)), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
