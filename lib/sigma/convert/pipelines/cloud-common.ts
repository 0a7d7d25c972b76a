// Helpers shared by the log sources: QRadar's log source type test, and how each SIEM names a cloud log source.
import type { TargetSource } from './types';

export const QRADAR_DEVICE = { expr: 'LOGSOURCETYPENAME(devicetype)' };

export function qradar(type: string, fields: TargetSource['fields'] = {}): TargetSource {
  return {
    dataSource: `${type} log source`,
    tables: [type],
    filters: [{ field: QRADAR_DEVICE, values: [type] }],
    fields,
  };
}

export function splunk(
  sourcetype: string,
  addOn: string,
  fields: TargetSource['fields'] = { '*': '{field}' },
): TargetSource {
  return {
    dataSource: `${addOn} (sourcetype ${sourcetype})`,
    tables: [sourcetype],
    filters: [{ field: 'sourcetype', values: [sourcetype] }],
    fields,
  };
}

export function elastic(stream: string, integration: string, fields: TargetSource['fields']): TargetSource {
  return { dataSource: `Elastic's ${integration} integration`, tables: [stream], filters: [], fields };
}

export const QID_NOTE =
  "QRadar's event name (QID) for the record; it usually reads as the API call, but QID names are QRadar's";
export const JSON_COLUMN = (column: string) => ({ expr: `tostring(parse_json(${column}).{rest})` });

export const AZURE_QRADAR = 'Microsoft Azure Platform';
