import { HomeView } from '@/components/catalog/HomeView';
import { buildMatrix } from '@/lib/attack/matrix-view';
import { getDb } from '@/lib/db/client';
import { getHome } from '@/lib/queries/home';
import { getMatrix } from '@/lib/queries/matrix';

export const revalidate = 300;

export default async function HomePage() {
  const db = getDb();
  const [home, matrix] = await Promise.all([getHome(db), getMatrix(db)]);
  return <HomeView home={home} columns={buildMatrix(matrix)} />;
}
