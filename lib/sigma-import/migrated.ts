import type { Db } from '../db/client';

export class NotMigratedError extends Error {
  constructor(cause: string) {
    super(`the database is not migrated (${cause}): run \`npm run db:migrate\` first, with the same DATABASE_URL`);
    this.name = 'NotMigratedError';
  }
}

// P2021: table does not exist; P2022: column does not exist (an older schema).
const SCHEMA_MISSING = new Set(['P2021', 'P2022']);

/**
 * Touches every table the import reads or writes, so an unmigrated (or half-migrated) database is reported as
 * such before any work is done, instead of as a failure in the middle of the first batch.
 */
export async function ensureMigrated(db: Db): Promise<void> {
  try {
    await Promise.all([
      db.detection.findFirst({
        select: { id: true, slug: true, sigmaId: true, source: true, contentHash: true, sigmaSha256: true },
      }),
      db.detectionTechnique.findFirst({ select: { detectionId: true } }),
      db.technique.findFirst({ select: { id: true } }),
      db.revision.findFirst({ select: { id: true, snapshot: true } }),
    ]);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    if ((typeof code === 'string' && SCHEMA_MISSING.has(code)) || /no such table|does not exist/i.test(message)) {
      throw new NotMigratedError(message.split('\n').filter(Boolean).at(-1) ?? message);
    }
    throw error;
  }
}
