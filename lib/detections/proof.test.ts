import { describe, expect, it } from 'vitest';
import { proofOf } from './proof';

const RULE = `title: t
id: 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f
logsource: { product: aws, service: cloudtrail }
detection:
  selection: { eventName: CreateTrafficMirrorSession }
  condition: selection
`;

describe('proofOf', () => {
  it('counts attack samples matched and look-alikes matched', () => {
    const proof = proofOf(RULE, [
      { key: 'a', expect: 'match', event: { eventName: 'CreateTrafficMirrorSession' } },
      { key: 'b', expect: 'miss', event: { eventName: 'DescribeTrafficMirrorSessions' } },
    ]);
    expect(proof).toMatchObject({ ok: true, attack: { matched: 1, total: 1 }, benign: { matched: 0, total: 1 } });
  });

  it('is not ok when a look-alike matches', () => {
    const proof = proofOf(RULE, [{ key: 'b', expect: 'miss', event: { eventName: 'CreateTrafficMirrorSession' } }]);
    expect(proof.ok).toBe(false);
    expect(proof.results).toEqual([{ key: 'b', expect: 'miss', matched: true, ok: false }]);
  });

  it('does not compile a rule without samples, and reports a rule that cannot run instead of throwing', () => {
    expect(proofOf('detection: { condition: [unparseable', [])).toMatchObject({ ok: false, attack: { total: 0 } });
    const placeholder = RULE.replace('eventName: CreateTrafficMirrorSession', "eventName|expand: '%admins%'");
    const proof = proofOf(placeholder, [{ key: 'a', expect: 'match', event: { eventName: 'x' } }]);
    expect(proof.ok).toBe(false);
    expect(proof.error).toMatch(/admins/);
  });
});
