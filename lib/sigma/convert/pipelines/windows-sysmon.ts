// Windows Sysmon categories: Sysmon Event IDs in Splunk, Elastic and QRadar; Defender's Device* tables in Sentinel.
import { QRADAR_DEVICE } from './cloud-common';
import type { FieldMap, LogSourcePipeline } from './types';
import { eventTable } from './windows-eventlog';
import {
  DEFENDER_EVENTS,
  DEFENDER_FILE,
  DEFENDER_IMAGE_LOAD,
  DEFENDER_NETWORK,
  DEFENDER_PROCESS,
  DEFENDER_REGISTRY,
  ECS_SYSMON,
  QRADAR_WINDOWS,
  SPLUNK_SYSMON,
} from './windows-fields';

const QRADAR_TYPE = 'Microsoft Windows Security Event Log';
const SYSMON_SOURCE = 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational';
const SYSMON_STREAM = 'logs-windows.sysmon_operational-*';

/** A Sysmon category: Sysmon Event IDs in Splunk, Elastic and QRadar; a Defender table in Sentinel. */
function sysmon(
  id: string,
  category: string,
  eventIds: number[],
  defender?: { table: string; actionTypes?: string[]; fields: FieldMap },
): LogSourcePipeline {
  const ids = eventIds.join(', ');
  return {
    id: `windows-${id}`,
    family: 'windows',
    logsource: { product: 'windows', category },
    targets: {
      splunk: {
        dataSource: `Sysmon Event ID ${ids} via the Splunk Add-on for Sysmon`,
        tables: [SYSMON_SOURCE],
        filters: [
          { field: 'source', values: [SYSMON_SOURCE] },
          { field: { name: 'EventCode', type: 'number' }, values: eventIds },
        ],
        fields: SPLUNK_SYSMON,
      },
      elastic: {
        dataSource: `Sysmon Event ID ${ids} via Elastic's Windows integration`,
        tables: [SYSMON_STREAM],
        filters: [{ field: 'event.code', values: eventIds.map(String) }],
        fields: ECS_SYSMON,
      },
      qradar: {
        dataSource: `Sysmon Event ID ${ids} via ${QRADAR_TYPE} (WinCollect)`,
        tables: [QRADAR_TYPE],
        filters: [
          { field: QRADAR_DEVICE, values: [QRADAR_TYPE] },
          { field: { name: 'Event ID', type: 'number' }, values: eventIds },
        ],
        fields: QRADAR_WINDOWS,
      },
      // Where Defender records no such event, Sysmon's own events in the Event table (EventData stays XML).
      sentinel: defender
        ? {
            dataSource: `Microsoft Defender for Endpoint ${defender.table} via the Microsoft Defender XDR connector`,
            tables: [defender.table],
            filters: defender.actionTypes ? [{ field: 'ActionType', values: defender.actionTypes }] : [],
            fields: defender.fields,
          }
        : {
            ...eventTable('Microsoft-Windows-Sysmon/Operational'),
            filters: [
              { field: 'EventLog', values: ['Microsoft-Windows-Sysmon/Operational'] },
              { field: { name: 'EventID', type: 'number' }, values: eventIds },
            ],
          },
    },
  };
}

export const SYSMON_PIPELINES: readonly LogSourcePipeline[] = [
  sysmon('create-stream-hash', 'create_stream_hash', [15]),
  sysmon('wmi-event', 'wmi_event', [19, 20, 21]),
  sysmon('process-tampering', 'process_tampering', [25]),
  sysmon('raw-access-thread', 'raw_access_thread', [9]),
  sysmon('sysmon-error', 'sysmon_error', [255]),
  sysmon('sysmon-status', 'sysmon_status', [4, 16]),
  sysmon('clipboard-capture', 'clipboard_capture', [24]),
  sysmon('file-block-executable', 'file_block_executable', [27]),
  sysmon('file-block-shredding', 'file_block_shredding', [28]),
  sysmon('file-executable-detected', 'file_executable_detected', [29]),
  sysmon('process-creation', 'process_creation', [1], { table: 'DeviceProcessEvents', fields: DEFENDER_PROCESS }),
  sysmon('image-load', 'image_load', [7], { table: 'DeviceImageLoadEvents', fields: DEFENDER_IMAGE_LOAD }),
  sysmon('file-event', 'file_event', [11], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileCreated'],
    fields: DEFENDER_FILE,
  }),
  sysmon('file-delete', 'file_delete', [23, 26], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileDeleted'],
    fields: DEFENDER_FILE,
  }),
  sysmon('file-rename', 'file_rename', [11], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileRenamed'],
    fields: DEFENDER_FILE,
  }),
  sysmon('file-change', 'file_change', [2], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileModified'],
    fields: DEFENDER_FILE,
  }),
  sysmon('registry-event', 'registry_event', [12, 13, 14], {
    table: 'DeviceRegistryEvents',
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('registry-add', 'registry_add', [12], {
    table: 'DeviceRegistryEvents',
    actionTypes: ['RegistryKeyCreated'],
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('registry-delete', 'registry_delete', [12], {
    table: 'DeviceRegistryEvents',
    actionTypes: ['RegistryKeyDeleted', 'RegistryValueDeleted'],
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('registry-set', 'registry_set', [13], {
    table: 'DeviceRegistryEvents',
    actionTypes: ['RegistryValueSet'],
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('network-connection', 'network_connection', [3], { table: 'DeviceNetworkEvents', fields: DEFENDER_NETWORK }),
  sysmon('dns-query', 'dns_query', [22], {
    table: 'DeviceEvents',
    actionTypes: ['DnsQueryResponse'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('process-access', 'process_access', [10], {
    table: 'DeviceEvents',
    actionTypes: ['OpenProcessApiCall'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('create-remote-thread', 'create_remote_thread', [8], {
    table: 'DeviceEvents',
    actionTypes: ['CreateRemoteThreadApiCall'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('pipe-created', 'pipe_created', [17, 18], {
    table: 'DeviceEvents',
    actionTypes: ['NamedPipeEvent'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('driver-load', 'driver_load', [6], {
    table: 'DeviceEvents',
    actionTypes: ['DriverLoad'],
    fields: DEFENDER_EVENTS,
  }),
];
