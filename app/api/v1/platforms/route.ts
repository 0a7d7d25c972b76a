import { platformJson } from '@/lib/api/platform-json';
import { ok } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { listPlatforms } from '@/lib/queries/platform-list';

export const dynamic = 'force-dynamic';

/** Every SIEM; a handful, so one unpaged list. */
export async function GET() {
  const platforms = await listPlatforms(getDb());
  return ok({ data: platforms.map(platformJson) });
}
