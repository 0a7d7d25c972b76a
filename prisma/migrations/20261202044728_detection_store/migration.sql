-- CreateTable
CREATE TABLE "DetectionRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "logsource" TEXT NOT NULL,
    "yaml" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    CONSTRAINT "DetectionRule_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Detection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "sigmaId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "overviewMdx" TEXT NOT NULL,
    "investigationMdx" TEXT NOT NULL DEFAULT '',
    "responseMdx" TEXT NOT NULL DEFAULT '',
    "huntingMdx" TEXT NOT NULL DEFAULT '',
    "falsePositives" JSONB NOT NULL,
    "sigmaYaml" TEXT NOT NULL,
    "sigmaSha256" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "proof" JSONB,
    "headRevision" INTEGER NOT NULL DEFAULT 0,
    "publishedRevision" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedAt" DATETIME
);
INSERT INTO "new_Detection" ("confidence", "contentHash", "createdAt", "falsePositives", "huntingMdx", "id", "investigationMdx", "overviewMdx", "publishedAt", "responseMdx", "severity", "sigmaId", "sigmaSha256", "sigmaYaml", "slug", "source", "status", "summary", "title", "updatedAt") SELECT "confidence", "contentHash", "createdAt", "falsePositives", "huntingMdx", "id", "investigationMdx", "overviewMdx", "publishedAt", "responseMdx", "severity", "sigmaId", "sigmaSha256", "sigmaYaml", "slug", "source", "status", "summary", "title", "updatedAt" FROM "Detection";
DROP TABLE "Detection";
ALTER TABLE "new_Detection" RENAME TO "Detection";
CREATE UNIQUE INDEX "Detection_slug_key" ON "Detection"("slug");
CREATE UNIQUE INDEX "Detection_sigmaId_key" ON "Detection"("sigmaId");
CREATE INDEX "Detection_status_updatedAt_idx" ON "Detection"("status", "updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- AlterTable
ALTER TABLE "SampleEvent" ADD COLUMN "ruleId" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "contentHash" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "DetectionRule_detectionId_idx" ON "DetectionRule"("detectionId");

-- Data: provenance instead of the channel that wrote the row (lib/vocabulary.ts), and the revision pointers.
UPDATE "Detection" SET "source" = 'tripline' WHERE "source" IN ('content', 'editor');
UPDATE "Detection" SET "source" = 'sigmahq' WHERE "source" = 'sigma-import';
UPDATE "Detection" SET "headRevision" = COALESCE((SELECT MAX(r."number") FROM "Revision" r WHERE r."detectionId" = "Detection"."id"), 0);
UPDATE "Detection" SET "publishedRevision" = "headRevision" WHERE "status" = 'published';
