import { describe, expect, it } from 'vitest';
import { proveSamples, storedProof } from './proof';

const RULE = `title: t
id: 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f
logsource: { product: aws, service: cloudtrail }
detection:
  selection: { eventName: CreateTrafficMirrorSession }
  condition: selection
`;
const AZURE = `title: u
id: 7f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f
logsource: { product: azure, service: activitylogs }
detection:
  selection: { operationName: MICROSOFT.NETWORK/VIRTUALNETWORKTAPS/WRITE }
  condition: selection
`;
const TWO = `${RULE}---\n${AZURE}`;

describe('proveSamples', () => {
  it('counts attack samples matched and look-alikes matched', () => {
    const proof = proveSamples(RULE, [
      { key: 'a', expect: 'match', event: { eventName: 'CreateTrafficMirrorSession' } },
      { key: 'b', expect: 'miss', event: { eventName: 'DescribeTrafficMirrorSessions' } },
    ]);
    expect(proof).toMatchObject({ ok: true, attack: { matched: 1, total: 1 }, benign: { matched: 0, total: 1 } });
    expect(proof.results[0]?.selections).toEqual({ selection: true });
  });

  it('is not ok when a look-alike matches', () => {
    const proof = proveSamples(RULE, [
      { key: 'b', expect: 'miss', event: { eventName: 'CreateTrafficMirrorSession' } },
    ]);
    expect(proof.ok).toBe(false);
    expect(proof.results).toEqual([
      { key: 'b', expect: 'miss', matched: true, ok: false, selections: { selection: true } },
    ]);
  });

  it('holds an attack sample to the rule it names, and a look-alike to every rule of the file', () => {
    const azureEvent = { operationName: 'MICROSOFT.NETWORK/VIRTUALNETWORKTAPS/WRITE' };
    const named = proveSamples(TWO, [
      { key: 'a', expect: 'match', rule: '6F1C2D3E-4A5B-4C6D-8E9F-0A1B2C3D4E5F', event: azureEvent },
    ]);
    expect(named.results[0]).toMatchObject({ matched: false, ok: false });
    const right = proveSamples(TWO, [
      { key: 'a', expect: 'match', rule: '7f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', event: azureEvent },
      { key: 'b', expect: 'miss', rule: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', event: azureEvent },
    ]);
    expect(right.results.map((r) => r.ok)).toEqual([true, false]);
    expect(Object.keys(right.results[1]?.selections ?? {})).toEqual([
      '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f:selection',
      '7f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f:selection',
    ]);
  });

  it('does not compile a rule without samples, and reports a rule that cannot run instead of throwing', () => {
    expect(proveSamples('detection: { condition: [unparseable', [])).toMatchObject({ ok: false, attack: { total: 0 } });
    const placeholder = RULE.replace('eventName: CreateTrafficMirrorSession', "eventName|expand: '%admins%'");
    const proof = proveSamples(placeholder, [{ key: 'a', expect: 'match', event: { eventName: 'x' } }]);
    expect(proof.ok).toBe(false);
    expect(proof.error).toMatch(/admins/);
  });

  it('runs within the match budget: a sample over it is reported, naming the limit', () => {
    const huge = { eventName: 'CreateTrafficMirrorSession', blob: 'x'.repeat(300_000) };
    const proof = proveSamples(RULE, [{ key: 'huge', expect: 'match', event: huge }]);
    expect(proof).toMatchObject({ ok: false, attack: { total: 0 } });
    expect(proof.error).toBe("sample 'huge' is 300,052 bytes as JSON, more than the 262,144 bytes allowed per event");
  });
});

describe('storedProof', () => {
  it('reads a stored summary back, and anything else as unproven', () => {
    const proof = proveSamples(RULE, [
      { key: 'a', expect: 'match', event: { eventName: 'CreateTrafficMirrorSession' } },
    ]);
    expect(storedProof(JSON.parse(JSON.stringify(proof)))).toEqual(proof);
    expect(storedProof(null)).toMatchObject({ ok: false, results: [] });
    expect(storedProof({ ok: true })).toMatchObject({ ok: false });
  });
});
