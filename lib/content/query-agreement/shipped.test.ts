// Every query we ship agrees with its detection's Sigma rules: the events they test and the SIEM's field names.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogAgreement } from './catalog';

const DETECTIONS = join(import.meta.dirname, '../../../content/detections');

describe('shipped queries agree with their rules', () => {
  it('checks the whole catalog', () => {
    expect(readdirSync(DETECTIONS).length).toBeGreaterThanOrEqual(40);
    const findings = catalogAgreement(DETECTIONS, 'content/detections');
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.code}]`)).toEqual([]);
  });
});
