import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../load-content';
import { readDetection } from '../read-detection';
import { TEST_CONTENT } from '../testing';
import { filesOfDetection } from './files-of-detection';
import { unicodeDocument } from './testing';
import { writeDetectionFiles } from './write-detection-files';

const shipped = loadContent('content');
const platforms = shipped.content.platforms;

// Written to disk and read back by the import's own reader: the export is right exactly when this is the identity.
function roundTrip(files: Record<string, string>, slug: string) {
  const root = mkdtempSync(join(tmpdir(), 'tripline-export-'));
  return readDetection(writeDetectionFiles(root, slug, files), slug, platforms);
}

describe('filesOfDetection', () => {
  it('reads the shipped content without errors', () => {
    expect(shipped.errors.map(String)).toEqual([]);
    expect(shipped.content.detections.length).toBeGreaterThan(0);
  });

  it.each(shipped.content.detections.map((d) => [d.slug, d] as const))(
    'gives back %s as the import read it',
    (slug, d) => {
      const files = filesOfDetection(d.document, d.status, platforms);
      const back = roundTrip(files, slug);
      expect(back.document).toEqual(d.document);
      expect(back.status).toBe(d.status);
    },
  );

  it.each(shipped.content.detections.map((d) => [d.slug, d] as const))('writes %s as it is written', (_slug, d) => {
    const files = filesOfDetection(d.document, d.status, platforms);
    for (const [name, text] of Object.entries(files)) {
      const original = readFileSync(join(d.dir, name), 'utf8');
      // tests.yml is written by people with comments and prose folded by hand; neither is part of the document, so
      // only its reading (the round trip above) is compared. A few .mdx front matters quote a list item the export
      // leaves plain (`tables: ["linux_audit"]`), and an author may leave blank lines at the end of a file (which the
      // import trims away): those may differ by the quotes and the file's final blank lines, and nothing else.
      if (name === 'tests.yml') continue;
      if (text === original) continue;
      expect(name).toMatch(/\.mdx$/);
      expect(text.replaceAll('"', '')).toBe(`${original.replaceAll('"', '').trimEnd()}\n`);
    }
  });

  it('keeps unicode and every optional field, in every file', () => {
    const document = unicodeDocument();
    for (const status of ['draft', 'published'] as const) {
      const files = filesOfDetection(document, status, platforms);
      const back = roundTrip(files, document.slug);
      expect(back.document).toEqual(document);
      expect(back.status).toBe(status);
      expect(files['rule.yml']).toBe(document.sigma);
      expect(files['qradar.aql']).toContain('日本語 🛰️');
    }
  });

  it('writes each variant to its platform files and leaves out empty optional sections', () => {
    const d = readDetection(join(TEST_CONTENT, 'detections/mirror-test'), 'mirror-test', platforms);
    const document = { ...d.document, response: '', hunting: '' };
    const files = filesOfDetection(document, 'draft', platforms);
    expect(Object.keys(files).sort()).toEqual(['detection.mdx', 'qradar.aql', 'qradar.mdx', 'rule.yml', 'tests.yml']);
    expect(files['detection.mdx']).not.toContain('## Response playbook');
    expect(files['detection.mdx']).toContain('status: draft\n');
    expect(() =>
      filesOfDetection({ ...document, variants: [{ ...document.variants[0]!, platform: 'nope' }] }, 'draft', platforms),
    ).toThrow(/no platform "nope"/);
  });

  it('refuses prose the import would read back differently, naming the file and section', () => {
    const document = unicodeDocument();
    expect(() => filesOfDetection({ ...document, hunting: 'text\n\n## Notes\nmore' }, 'draft', platforms)).toThrow(
      expect.objectContaining({ file: 'unicode-test/detection.mdx', message: expect.stringMatching(/"## Notes"/) }),
    );
    expect(() => filesOfDetection({ ...document, investigation: 'text\n' }, 'draft', platforms)).toThrow(
      /unicode-test\/detection\.mdx: "## Investigation guide" would not read back/,
    );
    const variant = { ...document.variants[0]!, tuning: '  indented' };
    expect(() => filesOfDetection({ ...document, variants: [variant] }, 'draft', platforms)).toThrow(
      /unicode-test\/qradar\.mdx: "## Tuning"/,
    );
  });
});
