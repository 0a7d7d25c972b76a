-- CreateTable
CREATE TABLE "Tactic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shortname" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "order" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Technique" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "parentId" TEXT,
    "revoked" BOOLEAN NOT NULL DEFAULT false,
    "deprecated" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Technique_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Technique" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TechniqueTactic" (
    "techniqueId" TEXT NOT NULL,
    "tacticId" TEXT NOT NULL,

    PRIMARY KEY ("techniqueId", "tacticId"),
    CONSTRAINT "TechniqueTactic_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TechniqueTactic_tacticId_fkey" FOREIGN KEY ("tacticId") REFERENCES "Tactic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Platform" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "highlightLang" TEXT NOT NULL,
    "queryExt" TEXT NOT NULL,
    "order" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Detection" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "DetectionTechnique" (
    "detectionId" TEXT NOT NULL,
    "techniqueId" TEXT NOT NULL,

    PRIMARY KEY ("detectionId", "techniqueId"),
    CONSTRAINT "DetectionTechnique_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DetectionTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelatedDetection" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "RelatedDetection_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelatedDetection_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DetectionVariant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL,
    "platformSlug" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "descriptionMdx" TEXT NOT NULL,
    "tuningMdx" TEXT NOT NULL DEFAULT '',
    "tables" JSONB NOT NULL,
    CONSTRAINT "DetectionVariant_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DetectionVariant_platformSlug_fkey" FOREIGN KEY ("platformSlug") REFERENCES "Platform" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "VariantDataSource" (
    "variantId" TEXT NOT NULL,
    "dataSourceId" TEXT NOT NULL,
    "connector" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    PRIMARY KEY ("variantId", "dataSourceId"),
    CONSTRAINT "VariantDataSource_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "DetectionVariant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VariantDataSource_dataSourceId_fkey" FOREIGN KEY ("dataSourceId") REFERENCES "DataSource" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TestCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "behaviour" TEXT NOT NULL,
    "logSource" TEXT NOT NULL,
    "eventNames" JSONB NOT NULL,
    "fields" JSONB NOT NULL,
    "signal" TEXT NOT NULL,
    "atomicRef" TEXT,
    CONSTRAINT "TestCase_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SampleEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL,
    "testCaseId" TEXT,
    "key" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "expect" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "logSource" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    CONSTRAINT "SampleEvent_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SampleEvent_testCaseId_fkey" FOREIGN KEY ("testCaseId") REFERENCES "TestCase" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT,
    "source" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Tactic_shortname_key" ON "Tactic"("shortname");

-- CreateIndex
CREATE INDEX "Technique_parentId_idx" ON "Technique"("parentId");

-- CreateIndex
CREATE INDEX "TechniqueTactic_tacticId_idx" ON "TechniqueTactic"("tacticId");

-- CreateIndex
CREATE UNIQUE INDEX "Detection_slug_key" ON "Detection"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Detection_sigmaId_key" ON "Detection"("sigmaId");

-- CreateIndex
CREATE INDEX "Detection_status_updatedAt_idx" ON "Detection"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "DetectionTechnique_techniqueId_idx" ON "DetectionTechnique"("techniqueId");

-- CreateIndex
CREATE INDEX "DetectionVariant_platformSlug_idx" ON "DetectionVariant"("platformSlug");

-- CreateIndex
CREATE UNIQUE INDEX "DetectionVariant_detectionId_platformSlug_key" ON "DetectionVariant"("detectionId", "platformSlug");

-- CreateIndex
CREATE UNIQUE INDEX "DataSource_name_key" ON "DataSource"("name");

-- CreateIndex
CREATE INDEX "VariantDataSource_dataSourceId_idx" ON "VariantDataSource"("dataSourceId");

-- CreateIndex
CREATE UNIQUE INDEX "TestCase_detectionId_key_key" ON "TestCase"("detectionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "SampleEvent_detectionId_key_key" ON "SampleEvent"("detectionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_detectionId_number_key" ON "Revision"("detectionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
