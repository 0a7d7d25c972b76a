import { describe, expect, it } from 'vitest';
import { changesSchema, withoutRawTableChanges } from './raw-tables';

const SQLITE_DRIFT = `-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "DetectionSearch";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "DetectionSearch_config";
PRAGMA foreign_keys=on;
`;

describe('withoutRawTableChanges', () => {
  it('takes out what Prisma writes about the search index, on either database, and nothing else', () => {
    expect(changesSchema(withoutRawTableChanges(SQLITE_DRIFT))).toBe(false);
    const pg = `-- DropForeignKey\nALTER TABLE "DetectionSearch" DROP CONSTRAINT "DetectionSearch_detectionId_fkey";\n\n-- DropTable\nDROP TABLE "DetectionSearch";\n`;
    expect(changesSchema(withoutRawTableChanges(pg))).toBe(false);
    const real = `-- AlterTable\nALTER TABLE "Detection" ADD COLUMN "x" TEXT;`;
    const kept = withoutRawTableChanges(`${SQLITE_DRIFT}\n${real}\n`);
    expect(kept).toContain(real);
    expect(kept).not.toContain('DetectionSearch');
    expect(changesSchema(kept)).toBe(true);
  });
});
