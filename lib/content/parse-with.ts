import type { z } from 'zod';
import { SourceError } from '../errors';
import type { YamlSource } from './yaml-doc';

/** Checks parsed YAML against a schema; the first problem is reported at its own line, with its field path. */
export function parseWith<T extends z.ZodType>(schema: T, source: YamlSource, file: string): z.infer<T> {
  const result = schema.safeParse(source.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const where = source.positionOf(path);
  const field = path.length ? path.join('.') : '(document)';
  throw new SourceError('INVALID_FIELD', `${field}: ${issue?.message ?? 'invalid'}`, { file, ...where });
}
