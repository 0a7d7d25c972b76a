import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors';
import { loadContent } from './load-content';
import { copyTestContent, edit, TEST_CONTENT } from './testing';

const one = (root: string) => {
  const { content, errors } = loadContent(root);
  return { det: content.detections[0], errors };
};

describe('loadContent', () => {
  it('reads a detection folder into plain data', () => {
    const { det, errors } = one(TEST_CONTENT);
    expect(errors).toEqual([]);
    expect(det?.slug).toBe('mirror-test');
    expect(det?.front.techniques).toEqual(['T1020.001']);
    expect(det?.overview).toBe('Traffic mirroring copies packets to a collector.');
    expect(det?.investigation).toBe('1. Find who created the session.');
    expect(det?.variants.map((v) => [v.platform, v.front.tables, v.tuning])).toEqual([
      ['qradar', ['events'], 'Exclude the network automation role.'],
    ]);
    expect(det?.variants[0]?.query.startsWith('SELECT QIDNAME(qid)')).toBe(true);
    expect(det?.testPlan.samples.map((s) => s.expect)).toEqual(['match', 'miss']);
    expect(det?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same files and another after an edit', () => {
    const root = copyTestContent();
    const before = one(root).det?.contentHash;
    expect(one(root).det?.contentHash).toBe(before);
    edit(join(root, 'detections/mirror-test/qradar.aql'), (t) => t.replace('24 HOURS', '48 HOURS'));
    expect(one(root).det?.contentHash).not.toBe(before);
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
      /samples\.1\.event/,
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
    expect(one(root).errors[0]?.message).toMatch(/query is empty/);
    const root2 = copyTestContent();
    writeFileSync(join(root2, 'detections/mirror-test/notes.txt'), 'x');
    expect(one(root2).errors[0]?.message).toMatch(/unexpected file notes\.txt/);
  });
});
