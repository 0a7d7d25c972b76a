import { describe, expect, it } from 'vitest';
import { validateSigma } from '../validate';
import { calendarProblem, identityCheck } from './identity';

const findings = (text: string) => validateSigma(`title: t\n${text}`, { checks: [identityCheck] }).findings;

describe('identity check', () => {
  it('accepts a UUID and real dates in order', () => {
    expect(findings('id: 5F0B1A2C-3D4E-4F50-8A6B-7C8D9E0F1A2B\ndate: 2024-02-29\nmodified: 2024-03-01\n')).toEqual([]);
  });

  it('needs id and related ids to be UUIDs', () => {
    expect(
      findings(
        'id: gcp-packet-mirroring-001\nrelated:\n    - id: 5f0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b\n      type: derived\n    - id: nope\n      type: similar\n',
      ),
    ).toEqual([
      {
        code: 'ID_NOT_UUID',
        severity: 'error',
        path: 'id',
        line: 2,
        column: 5,
        message:
          "id: 'gcp-packet-mirroring-001' is not a valid UUID (expected 8-4-4-4-12 hex digits, e.g. 929a690e-bef0-4204-a928-ef5e620d6fcc)",
      },
      {
        code: 'ID_NOT_UUID',
        severity: 'error',
        path: 'related[1].id',
        line: 6,
        column: 11,
        message:
          "related[1].id: 'nope' is not a valid UUID (expected 8-4-4-4-12 hex digits, e.g. 929a690e-bef0-4204-a928-ef5e620d6fcc)",
      },
    ]);
  });

  it('reports dates that are not YYYY-MM-DD, with the fix for slashes', () => {
    expect(findings("date: 2021/08/08\nmodified: '23.08.2022'\n")).toEqual([
      {
        code: 'DATE_FORMAT',
        severity: 'error',
        path: 'date',
        line: 2,
        column: 7,
        message: "date: '2021/08/08' does not match YYYY-MM-DD (write '2021-08-08'; Sigma 2 no longer accepts slashes)",
      },
      {
        code: 'DATE_FORMAT',
        severity: 'error',
        path: 'modified',
        line: 3,
        column: 11,
        message: "modified: '23.08.2022' does not match YYYY-MM-DD",
      },
    ]);
  });

  it('reports impossible calendar dates as findings, not crashes', () => {
    expect(findings('date: 2023-02-29\nmodified: 2022-13-45\n')).toEqual([
      {
        code: 'DATE_INVALID',
        severity: 'error',
        path: 'date',
        line: 2,
        column: 7,
        message: "date: '2023-02-29' is not a valid date (February 2023 has 28 days, not 29)",
      },
      {
        code: 'DATE_INVALID',
        severity: 'error',
        path: 'modified',
        line: 3,
        column: 11,
        message: "modified: '2022-13-45' is not a valid date (month 13 does not exist)",
      },
    ]);
  });

  it('warns when modified is earlier than date', () => {
    expect(findings('date: 2024-05-01\nmodified: 2024-04-30\n')).toEqual([
      {
        code: 'DATE_MODIFIED_BEFORE_DATE',
        severity: 'warning',
        path: 'modified',
        line: 3,
        column: 11,
        message: 'modified (2024-04-30) is earlier than date (2024-05-01)',
      },
    ]);
  });

  it('knows leap years', () => {
    expect(calendarProblem(2000, 2, 29)).toBeUndefined();
    expect(calendarProblem(1900, 2, 29)).toBe('February 1900 has 28 days, not 29');
    expect(calendarProblem(2024, 4, 31)).toBe('April 2024 has 30 days, not 31');
    expect(calendarProblem(2024, 1, 0)).toBe('January 2024 has 31 days, not 0');
  });
});
