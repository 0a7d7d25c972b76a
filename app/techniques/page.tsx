import type { Metadata } from 'next';
import { CoverageLegend } from '@/components/attack/CoverageLegend';
import { LayerLinks } from '@/components/attack/LayerLinks';
import { MatrixGrid } from '@/components/attack/MatrixGrid';
import { buildMatrix, packMatrix } from '@/lib/attack/matrix-view';
import { getDb } from '@/lib/db/client';
import { openInNavigatorUrl } from '@/lib/navigator/open-url';
import { publicBase } from '@/lib/public-url';
import { getMatrix } from '@/lib/queries/matrix';
import { urls } from '@/lib/urls';
import { pageMetadata } from '../_data/metadata';

export const revalidate = 300;
export const metadata: Metadata = pageMetadata({
  title: 'ATT&CK matrix',
  description:
    'The MITRE ATT&CK Enterprise matrix, every tactic and technique, coloured by how many Tripline detections cover it. Download it as an ATT&CK Navigator layer.',
  path: urls.matrix(),
});

export default async function TechniquesPage() {
  const columns = buildMatrix(await getMatrix(getDb()));
  const total = columns.reduce((n, c) => n + c.cells.length, 0);
  return (
    <div className="mx-auto max-w-[100rem] px-4 py-8 sm:px-6">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">MITRE ATT&amp;CK Enterprise matrix</h1>
          <p className="mt-1 text-sm text-slate-600">
            {columns.length} tactics, {total} techniques. Open a technique to see its sub-techniques; colour shows how
            many detections cover it.
          </p>
        </div>
        <div className="flex flex-col items-end gap-2">
          <LayerLinks layerHref={urls.api.navigatorLayer()} openHref={openInNavigatorUrl(publicBase())} />
          <CoverageLegend />
        </div>
      </div>
      <MatrixGrid columns={packMatrix(columns, { subs: true })} />
    </div>
  );
}
