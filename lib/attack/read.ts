// Reads one ATT&CK file from disk and hands it to the right reader: STIX bundle or compact JSON.

import { readFileSync } from 'node:fs';
import { SourceError } from '../errors';
import { positionAt } from '../text/position';
import { type JsonInput, parseCompact } from './compact';
import { versionFrom } from './ids';
import { parseStixBundle } from './stix';
import type { ImportedRelease } from './types';

export interface ReadOptions {
  /** Separate tactic list for a compact technique list that carries none. */
  tacticsFile?: string;
  /** ATT&CK version, for files that do not state it (STIX subsets without an x-mitre-collection, bare arrays). */
  version?: string;
  /** Read an older release for its names and retired IDs only: a compact file needs no tactic list then. */
  namesOnly?: boolean;
}

export function readJson(file: string): JsonInput {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SourceError('ATTACK_READ', `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      file,
    });
  }
  try {
    return { file, text, data: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const where = Number.isNaN(offset) ? {} : positionAt(text, offset);
    throw new SourceError('ATTACK_JSON', `not valid JSON: ${message}`, { file, ...where });
  }
}

export function isStixBundle(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'bundle';
}

export function readRelease(file: string, options: ReadOptions = {}): ImportedRelease {
  const input = readJson(file);
  let release: ImportedRelease;
  if (isStixBundle(input.data)) {
    if (options.tacticsFile)
      throw new SourceError('ATTACK_OPTIONS', 'a STIX bundle carries its own tactics; --tactics is for compact JSON', {
        file,
      });
    release = parseStixBundle(input.data, file, input.text);
  } else {
    release = parseCompact(input, options.tacticsFile ? readJson(options.tacticsFile) : undefined, options.namesOnly);
  }
  const given = options.version === undefined ? null : versionFrom(options.version);
  if (options.version !== undefined && !given)
    throw new SourceError('ATTACK_OPTIONS', `"${options.version}" is not a version number`, { file });
  if (given && release.version && given !== release.version) {
    throw new SourceError('ATTACK_OPTIONS', `the file says ATT&CK ${release.version}, the command line says ${given}`, {
      file,
    });
  }
  return { ...release, version: release.version ?? given };
}
