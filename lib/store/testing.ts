// A small, valid detection document of our own for the store's tests, and a database with the ATT&CK rows and the
// platforms it names.
import { writeAttack } from '../content/write-attack';
import type { Db } from '../db/client';
import type { DetectionDocument } from '../detections/document';
import { smallCatalogFile } from '../sigma/test-support';

export const AWS_ID = '5a1e2b3c-0d4e-4f50-8a6b-7c8d9e0f1a01';
export const AZURE_ID = '5a1e2b3c-0d4e-4f50-8a6b-7c8d9e0f1a02';

export const RULES = `title: Mirror session (AWS)
id: ${AWS_ID}
related:
  - id: ${AZURE_ID}
    type: similar
status: test
description: Test rule.
author: Tripline tests
date: 2026-12-01
tags: [attack.exfiltration, attack.t1020.001]
logsource: { product: aws, service: cloudtrail }
detection:
  selection: { eventName: CreateTrafficMirrorSession }
  condition: selection
level: high
---
title: Mirror session (Azure)
id: ${AZURE_ID}
related:
  - id: ${AWS_ID}
    type: similar
status: test
description: Test rule.
author: Tripline tests
date: 2026-12-01
tags: [attack.exfiltration, attack.t1020.001]
logsource: { product: azure, service: activitylogs }
detection:
  selection: { operationName: MICROSOFT.NETWORK/VIRTUALNETWORKTAPS/WRITE }
  condition: selection
level: high
`;

export function testDocument(slug = 'store-test', overrides: Partial<DetectionDocument> = {}): DetectionDocument {
  return {
    slug,
    title: 'Store test',
    summary: 'A detection written by the store tests.',
    techniques: ['T1020.001'],
    severity: 'high',
    confidence: 'medium',
    related: [],
    falsePositives: [{ title: 'Network team', detail: 'Their automation role, by ARN.' }],
    overview: 'Mirroring copies packets. Ünïcödé ✓',
    investigation: '',
    response: '',
    hunting: '',
    sigma: RULES,
    tests: [
      {
        key: 'create',
        name: 'Create a session',
        environment: 'aws',
        behaviour: 'Run aws ec2 create-traffic-mirror-session.',
        logSource: 'AWS CloudTrail',
        eventNames: ['CreateTrafficMirrorSession'],
        fields: ['eventName'],
        signal: 'One record.',
      },
    ],
    samples: [
      {
        key: 'aws',
        test: 'create',
        rule: AWS_ID,
        expect: 'match',
        description: 'created',
        logSource: 'AWS CloudTrail',
        event: { eventName: 'CreateTrafficMirrorSession' },
      },
      {
        key: 'azure',
        rule: AZURE_ID,
        expect: 'match',
        description: 'tap',
        logSource: 'Azure Activity',
        event: { operationName: 'MICROSOFT.NETWORK/VIRTUALNETWORKTAPS/WRITE' },
      },
      {
        key: 'list',
        rule: AWS_ID,
        expect: 'miss',
        description: 'listed',
        logSource: 'AWS CloudTrail',
        event: { eventName: 'DescribeTrafficMirrorSessions' },
      },
    ],
    variants: [
      {
        platform: 'qradar',
        dataSources: [{ name: 'AWS CloudTrail', connector: 'IBM QRadar DSM for Amazon AWS CloudTrail' }],
        tables: ['events'],
        query: 'SELECT * FROM events WHERE "EventName" = \'CreateTrafficMirrorSession\' LAST 1 HOURS',
        description: 'Finds sessions.',
        tuning: '',
      },
    ],
    ...overrides,
  };
}

/** The test document under another slug, its rules' ids made its own by a new 8-hex prefix. */
export function otherDocument(
  slug: string,
  prefix: string,
  overrides: Partial<DetectionDocument> = {},
): DetectionDocument {
  const doc = testDocument(slug, overrides);
  const swap = (s: string) => s.replaceAll('5a1e2b3c', prefix);
  return { ...doc, sigma: swap(doc.sigma), samples: doc.samples.map((s) => ({ ...s, rule: s.rule && swap(s.rule) })) };
}

export async function seedCatalog(db: Db): Promise<void> {
  const attack = smallCatalogFile();
  await db.$transaction(async (tx) => {
    await writeAttack(tx, attack.tactics, attack.techniques);
    await tx.platform.upsert({
      where: { slug: 'qradar' },
      create: {
        slug: 'qradar',
        name: 'IBM QRadar',
        shortName: 'QRadar',
        vendor: 'IBM',
        language: 'AQL',
        highlightLang: 'aql',
        queryExt: 'aql',
        order: 0,
      },
      update: {},
    });
  });
}
