import { createDb } from './lib/db/client';
import { countFacets } from './lib/search/facet-counts';
import { searchDetections } from './lib/search/search-detections';
const db = createDb(process.argv[2]!);
const qs = ['credential', 'powershell', 'pow', 'T1059.001', 'access k'];
for (let i = 0; i < 5; i++) for (const q of qs) { await searchDetections(db, { q, page: 1 }, { pageSize: 12 }); await countFacets(db, { q, page: 1 }); }
const t0 = performance.now();
for (let i = 0; i < 20; i++) for (const q of qs) { await searchDetections(db, { q, page: 1 }, { pageSize: 12 }); await countFacets(db, { q, page: 1 }); }
console.log('per search+facets ms', ((performance.now() - t0) / 100).toFixed(2));
await db.$disconnect();
