import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles';
import { addUser } from '../auth/users';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { otherDocument, seedCatalog } from '../store/testing';
import { approveAndPublish, createDetection, readSource, saveDetection, submitForReview } from '../workflow';
import { getDetectionOverview } from './detection-overview';
import { getDetectionVariantPage } from './detection-variant-page';

const PASSWORD = 'violet ferry 31 lantern grammar';

describe.each(PROVIDERS)('the published version on public pages, on %s', (provider) => {
  let t: TestDatabase;
  const people: Record<string, Actor> = {};
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedCatalog(t.db);
    for (const [name, role] of [
      ['edna', 'editor'],
      ['rico', 'reviewer'],
    ] as const) {
      const email = `${name}@example.com`;
      people[name] = {
        userId: await addUser(t.db, { email, role, password: PASSWORD }),
        email,
        name,
        role,
        via: 'session',
      };
    }
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('is the approved revision and its approval date, not a newer change waiting for review', async () => {
    const edna = people.edna as Actor;
    await createDetection(t.db, edna, otherDocument('pv-one', 'b0000001'));
    const { etag } = await readSource(t.db, 'pv-one', edna);
    await saveDetection(t.db, edna, 'pv-one', otherDocument('pv-one', 'b0000001', { summary: 'Two.' }), etag);
    await submitForReview(t.db, edna, 'pv-one');
    const before = new Date();
    const reviewed = await readSource(t.db, 'pv-one', people.rico as Actor);
    await approveAndPublish(t.db, people.rico as Actor, 'pv-one', { ifMatch: reviewed.etag });
    const overview = await getDetectionOverview(t.db, 'pv-one');
    expect(overview?.publishedVersion?.number).toBe(2);
    expect(overview?.publishedVersion?.date.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    const next = await readSource(t.db, 'pv-one', edna);
    await saveDetection(t.db, edna, 'pv-one', otherDocument('pv-one', 'b0000001', { summary: 'Three.' }), next.etag);
    expect((await getDetectionOverview(t.db, 'pv-one'))?.publishedVersion?.number).toBe(2);
    expect((await getDetectionVariantPage(t.db, 'pv-one', 'qradar'))?.detection.publishedVersion?.number).toBe(2);
  });
});
