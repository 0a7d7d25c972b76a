-- CreateTable
CREATE TABLE "PublicChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "detectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "PublicChange_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PublicChange_at_idx" ON "PublicChange"("at");

-- CreateIndex
CREATE INDEX "PublicChange_detectionId_idx" ON "PublicChange"("detectionId");

-- The history before this table is summed up as one "added" for each detection public now, at its publication.
INSERT INTO "PublicChange" ("detectionId", "kind", "revision", "at")
SELECT "id", 'added', "publishedRevision", COALESCE("publishedAt", "updatedAt")
FROM "Detection"
WHERE "status" = 'published' AND "publishedRevision" IS NOT NULL
ORDER BY COALESCE("publishedAt", "updatedAt"), "slug";
