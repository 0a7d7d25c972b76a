-- CreateTable
CREATE TABLE "Tactic" (
    "id" TEXT NOT NULL,
    "shortname" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Tactic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Technique" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "parentId" TEXT,
    "revoked" BOOLEAN NOT NULL DEFAULT false,
    "deprecated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Technique_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TechniqueTactic" (
    "techniqueId" TEXT NOT NULL,
    "tacticId" TEXT NOT NULL,

    CONSTRAINT "TechniqueTactic_pkey" PRIMARY KEY ("techniqueId","tacticId")
);

-- CreateTable
CREATE TABLE "Platform" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "highlightLang" TEXT NOT NULL,
    "queryExt" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Platform_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Detection" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Detection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DetectionTechnique" (
    "detectionId" TEXT NOT NULL,
    "techniqueId" TEXT NOT NULL,

    CONSTRAINT "DetectionTechnique_pkey" PRIMARY KEY ("detectionId","techniqueId")
);

-- CreateTable
CREATE TABLE "RelatedDetection" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "RelatedDetection_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "DetectionVariant" (
    "id" TEXT NOT NULL,
    "detectionId" TEXT NOT NULL,
    "platformSlug" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "descriptionMdx" TEXT NOT NULL,
    "tuningMdx" TEXT NOT NULL DEFAULT '',
    "tables" JSONB NOT NULL,

    CONSTRAINT "DetectionVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSource" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "DataSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VariantDataSource" (
    "variantId" TEXT NOT NULL,
    "dataSourceId" TEXT NOT NULL,
    "connector" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "VariantDataSource_pkey" PRIMARY KEY ("variantId","dataSourceId")
);

-- CreateTable
CREATE TABLE "TestCase" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "TestCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SampleEvent" (
    "id" TEXT NOT NULL,
    "detectionId" TEXT NOT NULL,
    "testCaseId" TEXT,
    "key" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "expect" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "logSource" TEXT NOT NULL,
    "event" JSONB NOT NULL,

    CONSTRAINT "SampleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "detectionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT,
    "source" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meta_pkey" PRIMARY KEY ("key")
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

-- AddForeignKey
ALTER TABLE "Technique" ADD CONSTRAINT "Technique_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Technique"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechniqueTactic" ADD CONSTRAINT "TechniqueTactic_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechniqueTactic" ADD CONSTRAINT "TechniqueTactic_tacticId_fkey" FOREIGN KEY ("tacticId") REFERENCES "Tactic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetectionTechnique" ADD CONSTRAINT "DetectionTechnique_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetectionTechnique" ADD CONSTRAINT "DetectionTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedDetection" ADD CONSTRAINT "RelatedDetection_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedDetection" ADD CONSTRAINT "RelatedDetection_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetectionVariant" ADD CONSTRAINT "DetectionVariant_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetectionVariant" ADD CONSTRAINT "DetectionVariant_platformSlug_fkey" FOREIGN KEY ("platformSlug") REFERENCES "Platform"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantDataSource" ADD CONSTRAINT "VariantDataSource_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "DetectionVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantDataSource" ADD CONSTRAINT "VariantDataSource_dataSourceId_fkey" FOREIGN KEY ("dataSourceId") REFERENCES "DataSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestCase" ADD CONSTRAINT "TestCase_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SampleEvent" ADD CONSTRAINT "SampleEvent_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SampleEvent" ADD CONSTRAINT "SampleEvent_testCaseId_fkey" FOREIGN KEY ("testCaseId") REFERENCES "TestCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_detectionId_fkey" FOREIGN KEY ("detectionId") REFERENCES "Detection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
