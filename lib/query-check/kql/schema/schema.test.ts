import { describe, expect, it } from 'vitest';
import { columnsOf, functionResultSchemas, sentinelFunctions, sentinelTables } from './index';

describe('Sentinel schemas as data', () => {
  it('declares every table the brief lists, each once, with well-formed columns', () => {
    const names = sentinelTables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'SecurityEvent',
      'SigninLogs',
      'AADNonInteractiveUserSignInLogs',
      'AuditLogs',
      'AzureActivity',
      'AWSCloudTrail',
      'GCPAuditLogs',
      'Syslog',
      'OfficeActivity',
      'CommonSecurityLog',
      'Event',
      'DeviceProcessEvents',
      'DeviceRegistryEvents',
      'DeviceFileEvents',
      'DeviceNetworkEvents',
      'DeviceEvents',
      'DeviceLogonEvents',
      'DeviceImageLoadEvents',
      'IdentityLogonEvents',
      'CloudAppEvents',
      'OktaV2_CL',
      'Okta_CL',
    ]) {
      expect(names).toContain(name);
    }
    for (const table of [...sentinelTables, ...functionResultSchemas]) {
      const columns = columnsOf(table).map((c) => c.name);
      expect(new Set(columns).size, `${table.name} repeats a column`).toBe(columns.length);
      expect(columns, table.name).toContain('TimeGenerated');
    }
  });

  it('gives every ASIM function a declared result schema', () => {
    const results = new Set(functionResultSchemas.map((s) => s.name));
    for (const fn of sentinelFunctions) expect(results.has(fn.returns), fn.names[0]).toBe(true);
  });

  it('refuses a malformed column entry, naming the table', () => {
    expect(() => columnsOf({ name: 'T', source: 's', columns: 'A:string B:strng' })).toThrow('T: bad column "B:strng"');
  });
});
