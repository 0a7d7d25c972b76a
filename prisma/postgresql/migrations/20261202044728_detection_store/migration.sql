-- AlterTable
ALTER TABLE "Detection" ADD COLUMN     "headRevision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "proof" JSONB,
ADD COLUMN     "publishedRevision" INTEGER;

-- AlterTable
ALTER TABLE "SampleEvent" ADD COLUMN     "ruleId" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "contentHash" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "DetectionRule" (
    "id" TEXT NOT NULL,
    "detectionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "logsource" TEXT NOT NULL,
    "yaml" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,

    CONSTRAINT "DetectionRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DetectionRule_detectionId_idx" ON "DetectionRule"("detectionId");

-- AddForeignKey
ALTER TABLE "DetectionRule" ADD CONSTRAINT "DetectionRule_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: provenance instead of the channel that wrote the row (lib/vocabulary.ts), and the revision pointers.
UPDATE "Detection" SET "source" = 'tripline' WHERE "source" IN ('content', 'editor');
UPDATE "Detection" SET "source" = 'sigmahq' WHERE "source" = 'sigma-import';
UPDATE "Detection" SET "headRevision" = COALESCE((SELECT MAX(r."number") FROM "Revision" r WHERE r."detectionId" = "Detection"."id"), 0);
UPDATE "Detection" SET "publishedRevision" = "headRevision" WHERE "status" = 'published';
