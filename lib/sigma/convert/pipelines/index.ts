// Every log-source pipeline, the choice of one for a rule's logsource, and field lookup in it.
import type { Target } from '../types';
import { AWS_PIPELINES } from './aws';
import { AZURE_PIPELINES } from './azure';
import { LINUX_PIPELINES } from './linux';
import { NETWORK_PIPELINES } from './network';
import { SAAS_PIPELINES } from './saas';
import type { FieldMap, FieldTarget, LogSourcePipeline, LogSourceSelector } from './types';
import { EVENTLOG_PIPELINES } from './windows-eventlog';
import { SYSMON_PIPELINES } from './windows-sysmon';

export type { FieldMap, FieldTarget, LogSourcePipeline, SourceFilter, TargetSource } from './types';

export const PIPELINES: readonly LogSourcePipeline[] = [
  ...SYSMON_PIPELINES,
  ...EVENTLOG_PIPELINES,
  ...LINUX_PIPELINES,
  ...AWS_PIPELINES,
  ...AZURE_PIPELINES,
  ...SAAS_PIPELINES,
  ...NETWORK_PIPELINES,
];

const KEYS = ['product', 'category', 'service'] as const;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

/**
 * The pipeline for a rule's logsource: every key the pipeline names must equal the rule's, and the pipeline naming
 * the most keys wins (windows + security over a product-only one). Undefined when none applies.
 */
export function choosePipeline(
  logsource: unknown,
  pipelines: readonly LogSourcePipeline[] = PIPELINES,
): LogSourcePipeline | undefined {
  const rule = (typeof logsource === 'object' && logsource !== null ? logsource : {}) as Record<string, unknown>;
  let best: LogSourcePipeline | undefined;
  let bestKeys = 0;
  for (const pipeline of pipelines) {
    const named = KEYS.filter((k) => pipeline.logsource[k] !== undefined);
    if (named.length <= bestKeys) continue;
    if (named.every((k) => text(rule[k]) === (pipeline.logsource[k] as string).toLowerCase())) {
      best = pipeline;
      bestKeys = named.length;
    }
  }
  return best;
}

export function describeLogsource(logsource: unknown): string {
  const rule = (typeof logsource === 'object' && logsource !== null ? logsource : {}) as Record<string, unknown>;
  const parts = KEYS.filter((k) => typeof rule[k] === 'string').map((k) => `${k}: ${String(rule[k])}`);
  return parts.length ? parts.join(', ') : 'no logsource';
}

export function selectorText(selector: LogSourceSelector): string {
  return KEYS.filter((k) => selector[k] !== undefined)
    .map((k) => `${k}: ${selector[k]}`)
    .join(', ');
}

const SAFE_REST = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/;

/** `.{rest}` in an expression is a path into a dynamic value: `x-amz-acl` is not a name there, `["x-amz-acl"]` is. */
function dynamicPath(rest: string): string {
  return rest
    .split('.')
    .map((segment) => (/^[A-Za-z_]\w*$/.test(segment) ? `.${segment}` : `["${segment}"]`))
    .join('');
}

function fill(entry: string | FieldTarget, values: Record<string, string>): FieldTarget {
  const target = typeof entry === 'string' ? { name: entry } : entry;
  const sub = (s: string | undefined) => s?.replace(/\{(field|rest)\}/g, (_, k: string) => values[k] ?? '');
  const subExpr = (s: string) => sub(s.replace(/\.\{rest\}/g, () => dynamicPath(values.rest ?? ''))) ?? s;
  return {
    ...target,
    ...(target.name ? { name: sub(target.name) } : {}),
    ...(target.expr ? { expr: subExpr(target.expr) } : {}),
  };
}

const lowerIndex = new WeakMap<FieldMap, Map<string, string>>();

function lowerKey(map: FieldMap, field: string): string | undefined {
  let index = lowerIndex.get(map);
  if (!index) {
    index = new Map();
    for (const key of Object.keys(map)) if (!index.has(key.toLowerCase())) index.set(key.toLowerCase(), key);
    lowerIndex.set(map, index);
  }
  return index.get(field.toLowerCase());
}

/**
 * What `field` is called in the SIEM: an exact key, the same key in another case, the longest `prefix.*` holding it,
 * then `*`. Undefined when the map has no place for it (the caller reports an unmapped field).
 */
export function mapField(map: FieldMap, field: string): FieldTarget | undefined {
  if (Object.hasOwn(map, field)) return fill(map[field] as string | FieldTarget, { field });
  const other = lowerKey(map, field);
  if (other !== undefined) return fill(map[other] as string | FieldTarget, { field });
  let best: string | undefined;
  for (const key of Object.keys(map)) {
    if (!key.endsWith('.*')) continue;
    const prefix = key.slice(0, -1);
    if (field.startsWith(prefix) && field.length > prefix.length && (!best || key.length > best.length)) best = key;
  }
  if (best) {
    const rest = field.slice(best.length - 1);
    if (SAFE_REST.test(rest)) return fill(map[best] as string | FieldTarget, { field, rest });
  }
  if (Object.hasOwn(map, '*') && SAFE_REST.test(field)) return fill(map['*'] as string | FieldTarget, { field });
  return undefined;
}

export function targetSource(pipeline: LogSourcePipeline, target: Target) {
  return pipeline.targets[target];
}
