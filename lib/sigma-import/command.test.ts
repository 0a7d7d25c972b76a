// The command as `npm run import:sigma` runs it, minus the process: arguments in, exit code and output out,
// on a real SQLite database.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../db/client';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { type CommandIo, openConfiguredDb, runImportSigma } from './command';
import { NotMigratedError } from './migrated';
import { NO_PROGRESS } from './progress';
import { sigmaRule, tempDir, writeFiles } from './testing';

// Revalidation must not reach a portal someone happens to run on this machine: port 9 refuses at once.
process.env.TRIPLINE_URL = 'http://127.0.0.1:9';

function capture(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), progress: NO_PROGRESS };
}

describe('runImportSigma', () => {
  let t: TestDatabase;
  let folder: string;
  const open = async () => ({ db: t.db, close: async () => undefined });
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    folder = tempDir('sigma-command-');
    writeFiles(folder, {
      'good.yml': sigmaRule({ id: '9a000000-aaaa-4bbb-8ccc-000000000001' }),
      'bad.yml': sigmaRule({ id: '9a000000-aaaa-4bbb-8ccc-000000000002', level: 'severe' }),
    });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('prints one JSON document with --json, and exits 0 despite a rejection', async () => {
    const io = capture();
    expect(await runImportSigma([folder, '--json'], io, open)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const doc = JSON.parse(io.stdout[0] ?? '') as {
      counts: Record<string, number>;
      rejected: Array<{ file: string }>;
      revalidation: string;
      notices: string[];
    };
    expect(doc.counts).toEqual({ imported: 1, updated: 0, unchanged: 0, skipped: 0, rejected: 1 });
    expect(doc.rejected.map((r) => r.file)).toEqual(['bad.yml']);
    expect(doc.revalidation).toBe('no portal running at http://127.0.0.1:9: pages will be fresh when it starts');
    expect(doc.notices[0]).toContain('Technique table is empty');
  });

  it('exits 1 with --strict when anything was rejected, and prints the human report', async () => {
    const io = capture();
    expect(await runImportSigma([folder, '--strict'], io, open)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/unchanged\s+1/);
    expect(text).toContain(`${join(folder, 'bad.yml')}:14:8: SCHEMA_ENUM [level]`);
    expect(text).not.toContain('revalidated');
  });

  it('exits 2 for usage errors', async () => {
    for (const argv of [[], [join(folder, 'absent')], [join(folder, 'good.yml')], [folder, '--nope']]) {
      const io = capture();
      expect(await runImportSigma(argv, io, open)).toBe(2);
      expect(io.stderr.join('\n')).toContain('usage: npm run import:sigma -- <folder>');
    }
  });

  it('exits 1 and says so when the database is not migrated', async () => {
    const db = createDb(`file:${join(tempDir('sigma-command-empty-'), 'empty.db')}`);
    const io = capture();
    try {
      expect(await runImportSigma([folder], io, async () => ({ db, close: async () => undefined }))).toBe(1);
    } finally {
      await db.$disconnect();
    }
    expect(io.stderr.join('\n')).toMatch(/the database is not migrated .*run `npm run db:migrate` first/);
  });

  it('refuses a SQLite DATABASE_URL whose file does not exist, without creating it', async () => {
    const file = join(tempDir('sigma-command-none-'), 'missing.db');
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${file}`;
    try {
      await expect(openConfiguredDb()).rejects.toThrow(NotMigratedError);
      expect(existsSync(file)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
