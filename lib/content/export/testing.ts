import type { DetectionDocument } from '../../detections/document';

// Text that YAML, MDX and UTF-8 could each get wrong: accents, CJK, an emoji beyond the BMP, YAML indicators and
// words YAML 1.1 would read as booleans or numbers.
const U = 'é 日本語 🛰️';
const tricky = (s: string) => `${s} — ${U}: "quoted" 'single' #hash`;

/**
 * A detection with unicode in every text field and every optional field set, valid for the import (its rule and
 * samples are the test content's mirror-test with a rule id of its own, so both can be imported side by side).
 */
export function unicodeDocument(): DetectionDocument {
  const ruleId = '0d7a8c4e-9b1f-4e2a-8c3d-5f6a7b8c9d0e';
  return {
    slug: 'unicode-test',
    title: `Miroir ${U}`,
    summary: tricky('Résumé'),
    techniques: ['T1020.001'],
    severity: 'critical',
    confidence: 'low',
    related: ['mirror-test'],
    falsePositives: [
      { title: `- Équipe réseau ${U}`, detail: tricky('yes') },
      { title: 'null', detail: '010' },
    ],
    overview: `Le miroir copie les paquets ${U}.\n\nSecond paragraph: *emphasis*, \`code\` and a [link](https://example.org/é).`,
    investigation: `1. Qui a créé la session ? ${U}\n2. Second step.`,
    response: `**Contain** ${U}\n\n- isolate`,
    hunting: `Requête ${U}:\n\n\`\`\`spl\nindex=aws "日本語" | stats count\n\`\`\``,
    sigma: [
      `title: Miroir ${U}`,
      `id: ${ruleId}`,
      'status: test',
      `description: Règle de test ${U}`,
      'author: Tripline tests',
      'date: 2026-11-29',
      'tags:',
      '    - attack.exfiltration',
      '    - attack.t1020.001',
      'logsource:',
      '    product: aws',
      '    service: cloudtrail',
      'detection:',
      '    selection:',
      '        eventSource: ec2.amazonaws.com',
      '        eventName: CreateTrafficMirrorSession',
      '    condition: selection',
      'level: high',
      '',
    ].join('\n'),
    tests: [
      {
        key: 'create-session',
        name: `Créer ${U}`,
        environment: 'aws',
        behaviour: tricky('Run aws ec2 create-traffic-mirror-session'),
        logSource: `AWS CloudTrail ${U}`,
        eventNames: ['CreateTrafficMirrorSession', `Nom ${U}`],
        fields: ['eventName', 'userIdentity.arn', `champ.${U}`],
        signal: tricky('One record'),
        atomic: `T1020.001 ${U}`,
      },
    ],
    samples: [
      {
        key: 'create',
        test: 'create-session',
        rule: ruleId,
        expect: 'match',
        description: tricky('session créée'),
        logSource: `AWS CloudTrail ${U}`,
        event: {
          eventSource: 'ec2.amazonaws.com',
          eventName: 'CreateTrafficMirrorSession',
          userIdentity: { arn: `arn:aws:iam::111122223333:user/${U}`, 'clé 日本': ['a', 1, true, null] },
          count: 3,
          ratio: 0.5,
          flag: false,
          nothing: null,
          looksLikeANumber: '010',
          looksLikeABoolean: 'yes',
          multiline: `line one ${U}\nline two\n`,
        },
      },
      {
        key: 'describe',
        test: 'create-session',
        rule: ruleId,
        expect: 'miss',
        description: `liste ${U}`,
        logSource: 'AWS CloudTrail',
        event: { eventSource: 'ec2.amazonaws.com', eventName: 'DescribeTrafficMirrorSessions', note: U },
      },
    ],
    variants: [
      {
        platform: 'qradar',
        dataSources: [{ name: `AWS CloudTrail ${U}`, connector: tricky('IBM QRadar DSM') }],
        tables: ['events', `table ${U}`],
        query:
          "SELECT QIDNAME(qid) AS EventName\nFROM events\nWHERE QIDNAME(qid) = 'CreateTrafficMirrorSession' -- é 日本語 🛰️\nLAST 24 HOURS",
        description: `Trouve les sessions ${U}.`,
        tuning: `Exclure le rôle ${U}.`,
      },
    ],
  };
}
