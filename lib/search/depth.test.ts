// How deep a search pages, on both databases, over more matches than a search with words lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { writeDetections } from '../store';
import { otherDocument, seedCatalog } from '../store/testing';
import { lastTextPage, MAX_TEXT_RESULTS } from './depth';
import { searchDetections } from './search-detections';

const COUNT = MAX_TEXT_RESULTS + 10;

describe('lastTextPage', () => {
  it('limits a search with words to the pages holding its first 1,000 matches, and filters alone not at all', () => {
    expect(lastTextPage('heron', 20)).toBe(50);
    expect(lastTextPage('heron', 12)).toBe(84);
    expect(lastTextPage('heron', 100)).toBe(10);
    expect(lastTextPage('', 20)).toBeNull();
    // Punctuation alone holds no words: the plain list, in title order.
    expect(lastTextPage('" - *', 20)).toBeNull();
  });
});

describe.each(PROVIDERS)('how deep a search pages on %s', (provider) => {
  let t: TestDatabase;
  const search = (q: string, page: number, pageSize: number) => searchDetections(t.db, { q, page }, { pageSize });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedCatalog(t.db);
    // More matches of "heron" than a search lists: five in the title, the rest in the overview.
    const docs = Array.from({ length: COUNT }, (_, i) =>
      otherDocument(`wader-${String(i).padStart(4, '0')}`, (0xd0000000 + i).toString(16), {
        title: i < 5 ? `Heron ${i}` : `Wader ${i}`,
        overview: `${'A heron stands in the shallows. '.repeat(1 + (i % 7))}Wader number ${i}.`,
      }),
    );
    for (let i = 0; i < docs.length; i += 101) {
      await t.db.$transaction(
        (tx) =>
          writeDetections(
            tx,
            docs.slice(i, i + 101).map((document) => ({
              document,
              source: 'sigmahq',
              channel: 'api' as const,
              message: 'test',
              mode: 'publish' as const,
            })),
            new Date(),
          ),
        { timeout: 120_000 },
      );
    }
  }, 600_000);
  afterAll(async () => t?.drop());

  it('lists the best 1,000 matches of a search with words, and a page past them lists none, only counts', async () => {
    const pages = [];
    for (let page = 1; page <= 10; page++) pages.push(await search('heron', page, 100));
    const listed = pages.flatMap((p) => p.items.map((d) => d.slug));
    expect(listed).toHaveLength(MAX_TEXT_RESULTS);
    expect(new Set(listed).size).toBe(MAX_TEXT_RESULTS);
    expect(listed.slice(0, 5)).toEqual(['wader-0000', 'wader-0001', 'wader-0002', 'wader-0003', 'wader-0004']);
    expect(pages.map((p) => [p.total, p.pageable])).toEqual(Array(10).fill([COUNT, MAX_TEXT_RESULTS]));

    const past = await search('heron', 11, 100);
    expect(past).toMatchObject({ total: COUNT, pageable: MAX_TEXT_RESULTS, items: [] });
  });

  it('cuts the last page short rather than reach past 1,000, in the same order', async () => {
    const at100 = (await search('heron', 10, 100)).items.map((d) => d.slug);
    const last = await search('heron', 84, 12);
    expect(last.items.map((d) => d.slug)).toEqual(at100.slice(-4));
    expect((await search('heron', 85, 12)).items).toEqual([]);
  });

  it('pages filters alone to the end: they rank nothing', async () => {
    const deep = await search('', 11, 100);
    expect(deep.total).toBeGreaterThanOrEqual(COUNT);
    expect(deep.pageable).toBe(deep.total);
    expect(deep.items.length).toBeGreaterThan(0);
  });
});
