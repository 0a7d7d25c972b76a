import { describe, expect, it } from 'vitest';
import { urls } from '@/lib/urls';
import { isDocumentPath } from './document-paths';

describe('isDocumentPath', () => {
  it('holds for every public catalog page', () => {
    for (const path of [
      urls.home(),
      urls.matrix(),
      urls.technique('T1059.001'),
      urls.platform('qradar'),
      urls.detection('traffic-duplication'),
      urls.variant('traffic-duplication', 'qradar'),
      urls.sigma('traffic-duplication'),
      urls.search(),
    ])
      expect(isDocumentPath(path), path).toBe(true);
  });

  it('leaves the applications, the API and downloads to Next as they are', () => {
    for (const path of [
      urls.login(),
      urls.editor(),
      urls.editor('traffic-duplication'),
      urls.history('traffic-duplication'),
      urls.accountTokens(),
      urls.adminUsers(),
      urls.api.detections(),
      urls.ruleFile('traffic-duplication'),
      '/rules.zip',
      '/detections/a/b/c',
      '/techniquesX',
    ])
      expect(isDocumentPath(path), path).toBe(false);
  });
});
