// What /editor/new starts from: empty fields, and a Sigma rule skeleton with its own id and today's date, so the
// first finding an editor sees is about what they wrote, not about boilerplate they have to look up.
import type { EditorForm } from './form';
import { testPlanYaml } from './form';

export function sigmaSkeleton(ruleId: string, today: string): string {
  return [
    'title: ',
    `id: ${ruleId}`,
    'status: experimental',
    'description: ',
    'author: ',
    `date: ${today}`,
    'tags:',
    '  - attack.t0000',
    'logsource:',
    '  product: aws',
    '  service: cloudtrail',
    'detection:',
    '  selection:',
    '    eventName: ',
    '  condition: selection',
    'falsepositives:',
    '  - ',
    'level: medium',
    '',
  ].join('\n');
}

export function blankForm(ruleId: string, today: string): EditorForm {
  return {
    slug: '',
    title: '',
    summary: '',
    techniques: [],
    severity: 'medium',
    confidence: 'medium',
    related: [],
    falsePositives: [],
    overview: '',
    investigation: '',
    response: '',
    hunting: '',
    sigma: sigmaSkeleton(ruleId, today),
    testPlan: testPlanYaml([], []),
    variants: [],
  };
}
