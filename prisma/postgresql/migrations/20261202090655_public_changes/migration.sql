-- CreateTable
CREATE TABLE "PublicChange" (
    "seq" SERIAL NOT NULL,
    "detectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "PublicChange_at_idx" ON "PublicChange"("at");

-- CreateIndex
CREATE INDEX "PublicChange_detectionId_idx" ON "PublicChange"("detectionId");

-- AddForeignKey
ALTER TABLE "PublicChange" ADD CONSTRAINT "PublicChange_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The history before this table is summed up as one "added" for each detection public now, at its publication.
INSERT INTO "PublicChange" ("detectionId", "kind", "revision", "at")
SELECT "id", 'added', "publishedRevision", COALESCE("publishedAt", "updatedAt")
FROM "Detection"
WHERE "status" = 'published' AND "publishedRevision" IS NOT NULL
ORDER BY COALESCE("publishedAt", "updatedAt"), "slug";
