import { describe, expect, it } from 'vitest';
import { TARGETS } from '../types';
import { choosePipeline, mapField, PIPELINES } from './index';

describe('choosing a pipeline and mapping fields', () => {
  it('takes the pipeline naming the most of the rule logsource keys, ignoring case', () => {
    expect(choosePipeline({ product: 'Windows', category: 'process_creation' })?.id).toBe('windows-process-creation');
    expect(choosePipeline({ product: 'windows', service: 'security' })?.id).toBe('windows-security');
    expect(choosePipeline({ category: 'proxy', product: 'squid' })?.id).toBe('network-proxy');
    expect(choosePipeline({ product: 'windows' })).toBeUndefined();
    expect(choosePipeline(undefined)).toBeUndefined();
  });

  it('has one pipeline per logsource and all four targets in each', () => {
    const keys = PIPELINES.map((p) => JSON.stringify(p.logsource));
    expect(new Set(keys).size).toBe(keys.length);
    for (const pipeline of PIPELINES) expect(Object.keys(pipeline.targets).sort()).toEqual([...TARGETS].sort());
  });

  it('maps exact names, other cases, nested paths and catch-alls, and nothing else', () => {
    const map = { Image: 'process.executable', 'requestParameters.*': { expr: 'x.{rest}' }, '*': 'data.{field}' };
    expect(mapField(map, 'Image')).toEqual({ name: 'process.executable' });
    expect(mapField(map, 'image')).toEqual({ name: 'process.executable' });
    expect(mapField(map, 'requestParameters.bucketName')).toEqual({ expr: 'x.bucketName' });
    expect(mapField(map, 'Other')).toEqual({ name: 'data.Other' });
    expect(mapField({ Image: 'a' }, 'Other')).toBeUndefined();
    // A name that could break out of a template is not mapped by a pattern.
    expect(mapField({ 'a.*': { expr: 'f(a.{rest})' } }, 'a.b) or (1')).toBeUndefined();
    expect(mapField({ Image: 'a' }, '__proto__')).toBeUndefined();
  });
});
