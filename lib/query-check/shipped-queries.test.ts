// Every query we ship passes its platform's checks: content/detections/<slug>/<platform>.<ext>.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuery, platformForFile } from './index';

const DETECTIONS = join(import.meta.dirname, '../../content/detections');

const queryFiles = readdirSync(DETECTIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(DETECTIONS, dir.name))
      .filter((file) => platformForFile(file) !== undefined)
      .map((file) => `${dir.name}/${file}`),
  );

describe('shipped queries', () => {
  it('finds the shipped queries', () => {
    expect(queryFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(queryFiles)('%s has no errors', (file) => {
    const platform = platformForFile(file);
    if (!platform) throw new Error(`${file}: no platform`);
    const text = readFileSync(join(DETECTIONS, file), 'utf8');
    const errors = checkQuery(platform, text).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${file}:${f.line}:${f.column}: ${f.message} [${f.code}]`)).toEqual([]);
  });
});
