import type { Metadata } from 'next';
import { HomeView } from '@/components/catalog/HomeView';
import { buildMatrix, packMatrix } from '@/lib/attack/matrix-view';
import { getDb } from '@/lib/db/client';
import { getHome } from '@/lib/queries/home';
import { getMatrix } from '@/lib/queries/matrix';
import { urls } from '@/lib/urls';
import { pageMetadata, SITE_DESCRIPTION, SITE_NAME } from './_data/metadata';

export const revalidate = 300;
export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: urls.home() }),
  title: { absolute: SITE_NAME },
};

export default async function HomePage() {
  const db = getDb();
  const [home, matrix] = await Promise.all([getHome(db), getMatrix(db)]);
  return <HomeView home={home} columns={packMatrix(buildMatrix(matrix), { subs: false })} />;
}
