-- CreateTable
CREATE TABLE "Conversion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL,
    "platformSlug" TEXT NOT NULL,
    "ruleIndex" INTEGER NOT NULL,
    "ruleId" TEXT,
    "ruleTitle" TEXT,
    "query" TEXT,
    "findings" JSONB NOT NULL,
    "dataSources" JSONB NOT NULL,
    "tables" JSONB NOT NULL,
    "converterVersion" TEXT NOT NULL,
    CONSTRAINT "Conversion_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Conversion_converterVersion_idx" ON "Conversion"("converterVersion");

-- CreateIndex
CREATE UNIQUE INDEX "Conversion_detectionId_platformSlug_ruleIndex_key" ON "Conversion"("detectionId", "platformSlug", "ruleIndex");
