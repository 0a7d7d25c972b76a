import { platformJson } from '@/lib/api/platform-json';
import { methodNotAllowed, publicAnswer } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { listPlatforms } from '@/lib/queries/platform-list';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** Every SIEM; a handful, so one unpaged list. */
export async function GET(request: Request) {
  const platforms = await listPlatforms(getDb());
  return publicAnswer(request, { data: platforms.map(platformJson) });
}
