// Rules of our own for the import's tests and benchmark, and a way to lay them out as a folder on disk.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface RuleSpec {
  id: string;
  title?: string;
  status?: string;
  level?: string;
  description?: string;
  tags?: string[];
  falsepositives?: string[];
  eventName?: string;
}

/** A valid Sigma rule (CloudTrail, one selection) with the given parts; a block-literal description. */
export function sigmaRule(spec: RuleSpec): string {
  const lines = [
    `title: ${spec.title ?? `Rule ${spec.id.slice(0, 8)}`}`,
    `id: ${spec.id}`,
    `status: ${spec.status ?? 'test'}`,
  ];
  if (spec.description !== undefined)
    lines.push('description: |', ...spec.description.split('\n').map((l) => `    ${l}`));
  lines.push('author: Tripline tests', 'date: 2024-05-01');
  if (spec.tags?.length) lines.push('tags:', ...spec.tags.map((t) => `    - ${t}`));
  lines.push(
    'logsource:',
    '    product: aws',
    '    service: cloudtrail',
    'detection:',
    '    selection:',
    '        eventSource: ec2.amazonaws.com',
    `        eventName: ${spec.eventName ?? 'CreateTrafficMirrorSession'}`,
    '    condition: selection',
  );
  if (spec.falsepositives?.length) lines.push('falsepositives:', ...spec.falsepositives.map((f) => `    - ${f}`));
  if (spec.level) lines.push(`level: ${spec.level}`);
  return `${lines.join('\n')}\n`;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes each file (text as UTF-8, bytes as they are) under `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
