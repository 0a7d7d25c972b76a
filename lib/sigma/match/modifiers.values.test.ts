// Modifiers that make a value something other than text: cidr, exists, lt/lte/gt/gte, neq, fieldref, and the
// time parts (minute ... year).
import { describe, expect, it } from 'vitest';
import { compileDetection, detectionCompileError, runDetection } from '../test-support';

describe('cidr', () => {
  it('matches IPv4 addresses inside the network', () => {
    const detection = `
sel:
  DestinationIp|cidr: ['10.0.0.0/8', '192.168.1.0/24']
condition: sel`;
    expect(
      runDetection(detection, [
        { DestinationIp: '10.200.3.4' },
        { DestinationIp: '192.168.1.77' },
        { DestinationIp: '192.168.2.1' },
      ]),
    ).toEqual([true, true, false]);
  });

  it('matches IPv6 addresses, compressed or not', () => {
    const detection = `
sel:
  DestinationIp|cidr: 'fe80::/10'
condition: sel`;
    expect(
      runDetection(detection, [
        { DestinationIp: 'fe80::1' },
        { DestinationIp: 'FEBF:0:0:0:0:0:0:1' },
        { DestinationIp: 'fec0::1' },
      ]),
    ).toEqual([true, true, false]);
  });

  it('never matches across address families', () => {
    const detection = `
v4:
  Ip|cidr: '0.0.0.0/0'
v6:
  Ip|cidr: '::/0'
condition: v4 or v6`;
    expect(runDetection(detection, [{ Ip: '::ffff:10.0.0.1' }, { Ip: '10.0.0.1' }, { Ip: 'not an ip' }])).toEqual([
      true,
      true,
      false,
    ]);
    const onlyV4 = "sel:\n  Ip|cidr: '0.0.0.0/0'\ncondition: sel";
    expect(runDetection(onlyV4, [{ Ip: '::ffff:10.0.0.1' }, { Ip: '::1' }])).toEqual([false, false]);
  });

  it('rejects a malformed network', () => {
    expect(detectionCompileError("sel:\n  Ip|cidr: '10.0.0.0/33'\ncondition: sel").message).toBe(
      "'cidr': '10.0.0.0/33' is not an IPv4 or IPv6 network",
    );
  });
});

describe('exists', () => {
  it('true requires the field, even when null', () => {
    const detection = 'sel:\n  PasswordLastSet|exists: true\ncondition: sel';
    expect(runDetection(detection, [{ PasswordLastSet: null }, { PasswordLastSet: '' }, {}])).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('false requires the field to be absent', () => {
    const detection = 'sel:\n  PasswordLastSet|exists: false\ncondition: sel';
    expect(runDetection(detection, [{ PasswordLastSet: 'x' }, {}, { Other: 1 }])).toEqual([false, true, true]);
  });

  it('needs a boolean', () => {
    expect(detectionCompileError("sel:\n  A|exists: 'yes'\ncondition: sel").message).toBe(
      "'exists': needs true or false",
    );
  });
});

describe('numeric comparisons', () => {
  it('lt, lte, gt and gte compare numbers and numeric text', () => {
    const detection = `
low:
  Port|lt: 1024
lowe:
  Port|lte: 1024
high:
  Port|gt: 1024
highe:
  Port|gte: 1024
condition: 1 of them`;
    const rule = compileDetection(detection);
    expect(rule.explain({ Port: 1024 }).selections).toEqual({ low: false, lowe: true, high: false, highe: true });
    expect(rule.explain({ Port: '80' }).selections).toEqual({ low: true, lowe: true, high: false, highe: false });
    expect(rule.explain({ Port: 'http' }).selections).toEqual({ low: false, lowe: false, high: false, highe: false });
  });
});

describe('neq', () => {
  it('holds when the field differs from every value', () => {
    const detection = "sel:\n  User|neq: ['root', 'admin']\ncondition: sel";
    expect(runDetection(detection, [{ User: 'bob' }, { User: 'ROOT' }, { User: 'admin' }])).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('fieldref', () => {
  it('compares with another field of the same event', () => {
    const detection = 'sel:\n  SubjectUserName|fieldref: TargetUserName\ncondition: sel';
    expect(
      runDetection(detection, [
        { SubjectUserName: 'Alice', TargetUserName: 'alice' },
        { SubjectUserName: 'alice', TargetUserName: 'bob' },
        { SubjectUserName: 'alice' },
      ]),
    ).toEqual([true, false, false]);
  });

  it('takes endswith after it', () => {
    const detection = 'sel:\n  Image|fieldref|endswith: OriginalFileName\ncondition: sel';
    expect(
      runDetection(detection, [
        { Image: 'C:\\x\\foo.exe', OriginalFileName: 'FOO.exe' },
        { Image: 'a.exe', OriginalFileName: 'b.exe' },
      ]),
    ).toEqual([true, false]);
  });
});

describe('time modifiers', () => {
  it('compare one part of a timestamp', () => {
    const detection = 'sel:\n  Time|hour|gte: 22\ncondition: sel';
    expect(
      runDetection(detection, [{ Time: '2024-05-01T23:10:00Z' }, { Time: '2024-05-01T08:00:00Z' }, { Time: 'never' }]),
    ).toEqual([true, false, false]);
  });

  it('read minute, day, ISO week, month and year in UTC, from text or epoch milliseconds', () => {
    const detection = `
minute:
  Time|minute: 10
day:
  Time|day: 1
week:
  Time|week: 18
month:
  Time|month: 5
year:
  Time|year: 2024
condition: 1 of them`;
    const rule = compileDetection(detection);
    const all = { minute: true, day: true, week: true, month: true, year: true };
    expect(rule.explain({ Time: '2024-05-01T23:10:00Z' }).selections).toEqual(all);
    expect(rule.explain({ Time: Date.UTC(2024, 4, 1, 23, 10) }).selections).toEqual(all);
    expect(rule.explain({ Time: '2023-12-31T00:00:00Z' }).selections).toEqual({
      minute: false,
      day: false,
      week: false,
      month: false,
      year: false,
    });
    // 2021-01-03 is a Sunday: ISO week 53 of 2020.
    expect(compileDetection('sel:\n  Time|week: 53\ncondition: sel').matches({ Time: '2021-01-03T12:00:00Z' })).toBe(
      true,
    );
  });
});
