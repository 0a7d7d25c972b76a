import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttackCatalog } from '../attack/catalog';
import { SourceError } from '../errors';
import { loadContent } from './load-content';
import { copyTestContent, edit, TEST_CONTENT } from './testing';
import { validateContent } from './validate-content';

// Read and validated, as the import does: some problems are the files' (a section heading), some the document's.
const one = (root: string) => {
  const { content, errors } = loadContent(root);
  const validated = validateContent(content, loadAttackCatalog(join(root, 'attack', 'enterprise-attack.json')));
  return { det: content.detections[0], errors: [...errors, ...validated.errors] };
};

describe('loadContent', () => {
  it('reads a detection folder into its document', () => {
    const { det, errors } = one(TEST_CONTENT);
    expect(errors).toEqual([]);
    expect(det?.slug).toBe('mirror-test');
    expect(det?.status).toBe('published');
    const doc = det?.document;
    expect(doc?.techniques).toEqual(['T1020.001']);
    expect(doc?.overview).toBe('Traffic mirroring copies packets to a collector.');
    expect(doc?.investigation).toBe('1. Find who created the session.');
    expect(doc?.variants.map((v) => [v.platform, v.tables, v.tuning])).toEqual([
      ['qradar', ['events'], 'Exclude the network automation role.'],
    ]);
    expect(doc?.variants[0]?.query.startsWith('SELECT QIDNAME(qid)')).toBe(true);
    expect(doc?.samples.map((s) => s.expect)).toEqual(['match', 'miss']);
    expect(doc?.sigma).toBe(readFileSync(join(TEST_CONTENT, 'detections/mirror-test/rule.yml'), 'utf8'));
  });

  it('locates a field of the document in its file: front matter, a section, the rule, a sample, a query', () => {
    const { det } = one(TEST_CONTENT);
    const dir = join(TEST_CONTENT, 'detections/mirror-test');
    expect(det?.locate(['severity'])).toEqual({ file: join(dir, 'detection.mdx'), line: 5, column: 11 });
    expect(det?.locate(['investigation'], 1, 4)).toEqual({ file: join(dir, 'detection.mdx'), line: 17, column: 4 });
    expect(det?.locate(['sigma'], 3, 2)).toEqual({ file: join(dir, 'rule.yml'), line: 3, column: 2 });
    expect(det?.locate(['samples', 1])).toMatchObject({ file: join(dir, 'tests.yml'), line: 17 });
    expect(det?.locate(['variants', 0, 'query'], 2, 1)).toEqual({ file: join(dir, 'qradar.aql'), line: 2, column: 1 });
    expect(det?.locate(['variants', 0, 'tuning'])).toMatchObject({ file: join(dir, 'qradar.mdx'), line: 12 });
  });

  const broken: Array<[string, string, (t: string) => string, RegExp, number | undefined]> = [
    [
      'a bad severity',
      'detection.mdx',
      (t) => t.replace('severity: high', 'severity: severe'),
      /severity: .*expected one of/i,
      5,
    ],
    [
      'an unknown section',
      'detection.mdx',
      (t) => t.replace('## Investigation guide', '## Notes'),
      /unknown section "## Notes"/,
      16,
    ],
    [
      'JavaScript in MDX',
      'detection.mdx',
      (t) => t.replace('copies packets', 'copies {process.env.SECRET} packets'),
      /expressions in \{braces\} are not allowed/,
      14,
    ],
    [
      'an import in MDX',
      'qradar.mdx',
      (t) => t.replace('Finds mirror sessions.', "import x from 'y'"),
      /import and export are not allowed/,
      9,
    ],
    [
      'an unknown component',
      'detection.mdx',
      (t) => t.replace('copies packets', 'copies <script>alert(1)</script> packets'),
      /<script> is not an allowed component/,
      14,
    ],
    [
      'a duplicate key',
      'tests.yml',
      (t) => t.replace('    name: Create a mirror session', '    name: Create a mirror session\n    name: again'),
      /unique/i,
      4,
    ],
    [
      'a sample without an event',
      'tests.yml',
      (t) => t.replace('    event: { eventSource: ec2.amazonaws.com, eventName: DescribeTrafficMirrorSessions }\n', ''),
      /samples\.1\.event|samples\[1\]\.event/,
      undefined,
    ],
    [
      'a platform mismatch',
      'qradar.mdx',
      (t) => t.replace('platform: qradar', 'platform: splunk'),
      /platform: "splunk" but the file is qradar\.mdx/,
      2,
    ],
  ];
  it.each(broken)('stops on %s with file and line', (_name, file, change, message, line) => {
    const root = copyTestContent();
    edit(join(root, 'detections/mirror-test', file), change);
    const { errors } = one(root);
    expect(errors).toHaveLength(1);
    const err = errors[0]!;
    expect(err).toBeInstanceOf(SourceError);
    expect(err.file).toBe(join(root, 'detections/mirror-test', file));
    expect(err.message).toMatch(message);
    if (line !== undefined) expect(err.line).toBe(line);
  });

  it('rejects a missing query file and an unexpected file', () => {
    const root = copyTestContent();
    edit(join(root, 'detections/mirror-test/qradar.aql'), () => '');
    expect(one(root).errors[0]?.message).toMatch(/variants\[0\]\.query: must not be empty/);
    expect(one(root).errors[0]?.file).toMatch(/qradar\.aql$/);
    const root2 = copyTestContent();
    writeFileSync(join(root2, 'detections/mirror-test/notes.txt'), 'x');
    expect(one(root2).errors[0]?.message).toMatch(/unexpected file notes\.txt/);
  });
});
