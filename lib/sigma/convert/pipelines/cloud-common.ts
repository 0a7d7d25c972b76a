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

/** A nested JSON value no DSM parses into a property: looked for in the record's payload. */
export const QRADAR_JSON_PAYLOAD = {
  expr: 'UTF8(payload)',
  within: true,
  note: 'the DSM parses no property for it; the value is looked for anywhere in the JSON payload',
};

/** Elastic keeps some nested objects only as flattened fields ES|QL cannot read; the raw record can stand in. */
export const ELASTIC_ORIGINAL = (what: string) => ({
  name: 'event.original',
  within: true,
  note: `${what}; the value is looked for in the raw record, kept in event.original only when the integration's 'Preserve original event' option is on`,
});
