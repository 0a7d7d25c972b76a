import { revalidatePublicPages } from '@/app/_data/revalidate-public';
import { revalidateSecret, secretsEqual } from '@/lib/cache/notify';
import { getDb } from '@/lib/db/client';
import { otherMethods, plainMethodNotAllowed } from '@/lib/http/methods';

export const { OPTIONS, GET, PUT, PATCH, DELETE } = otherMethods(['POST', 'OPTIONS'], plainMethodNotAllowed);

// Called by the import command (and later the editor) when content changed: every cached page is rebuilt on its next request.
export async function POST(request: Request) {
  const given = (request.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
  if (!given || !secretsEqual(given, await revalidateSecret(getDb()))) {
    return Response.json({ error: 'forbidden' }, { status: 403 });
  }
  await revalidatePublicPages(getDb());
  return Response.json({ revalidated: true, at: new Date().toISOString() });
}
