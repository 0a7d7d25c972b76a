import { describe, expect, it } from 'vitest';
import { documentFinding } from '../detections/findings';
import { blankForm } from './blank-form';
import { findingsIn, placeFinding } from './place-findings';

const form = {
  ...blankForm('0b8f3c1e-0000-4000-8000-000000000001', '2026-12-02'),
  testPlan: [
    'tests:',
    '  - key: t1',
    '    name: One',
    'samples:',
    '  - key: first',
    '    expect: match',
    '    event:',
    '      eventName: A',
    '  - key: second',
    '    expect: miss',
    '    event:',
    '      eventName: B',
    '',
  ].join('\n'),
  variants: [
    { platform: 'splunk', query: 'x', description: 'd', tuning: '', dataSources: [], tables: '' },
    { platform: 'sentinel', query: 'y', description: 'd', tuning: '', dataSources: [], tables: '' },
  ],
};

describe('placing findings on the editor', () => {
  it('puts a sample’s finding at that sample’s line of the test plan', () => {
    const placed = placeFinding(documentFinding('SAMPLE_UNPROVEN', ['samples', 1], 'did not match'), form);
    expect(placed).toMatchObject({ slot: 'testPlan', line: 9 });
    const deep = placeFinding(documentFinding('INVALID_FIELD', ['samples', 1, 'event'], 'bad'), form);
    expect(deep).toMatchObject({ slot: 'testPlan', line: 11 });
    expect(placeFinding(documentFinding('X', ['tests', 0, 'name'], 'm'), form)).toMatchObject({ line: 3, column: 11 });
  });

  it('keeps a Sigma finding at its line of the rule, and a SIEM’s finding on that SIEM', () => {
    const sigma = placeFinding(documentFinding('SCHEMA', ['sigma'], 'm', { line: 7, column: 3 }), form);
    expect(sigma).toMatchObject({ slot: 'sigma', line: 7, column: 3 });
    const query = placeFinding(documentFinding('Q', ['variants', 1, 'query'], 'm', { line: 2, column: 5 }), form);
    expect(query).toMatchObject({ slot: 'variant:sentinel:query', line: 2, column: 5 });
    const tables = placeFinding(documentFinding('Q', ['variants', 0, 'tables', 0], 'm'), form);
    expect(tables.slot).toBe('variant:splunk:tables');
  });

  it('puts field findings on their field, and anything else on the document', () => {
    expect(placeFinding(documentFinding('UNKNOWN_TECHNIQUE', ['techniques', 0], 'm'), form).slot).toBe('techniques');
    expect(placeFinding(documentFinding('INVALID_FIELD', ['falsePositives', 0, 'title'], 'm'), form).slot).toBe(
      'falsePositives',
    );
    expect(placeFinding(documentFinding('INVALID_FIELD', ['document'], 'm'), form).slot).toBe('document');
    const placed = [placeFinding(documentFinding('A', ['title'], 'm'), form)];
    expect(findingsIn(placed, 'title')).toHaveLength(1);
    expect(findingsIn(placed, 'summary')).toHaveLength(0);
  });
});
