import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { contentChanged } from '@/lib/cache/generation';
import { forgetProcessAnswers } from '@/lib/cache/process-generation';
import { clearSharedCache } from '@/lib/cache/shared-cache';
import type { Db } from '@/lib/db/client';

/**
 * Public content changed: the searches every instance shares are dropped, every cached page is rebuilt on its next
 * request, on this instance and, through the shared cache, on every other; answers kept in this process are dropped;
 * then caching proxies in front stop serving their copies. Call from a route handler.
 *
 * Next writes the revalidation to the shared cache before it ends the response, and `after` runs once the response
 * has ended, so a proxy that asks for a page under the new generation never gets the old page back.
 */
export async function revalidatePublicPages(db: Db): Promise<void> {
  await clearSharedCache(db);
  revalidatePath('/', 'layout');
  forgetProcessAnswers();
  after(() => contentChanged(db));
}
