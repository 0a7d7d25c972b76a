import { describe, expect, it } from 'vitest';
import { checkQuery } from '../../../query-check';
import { convertDetection, queryOrErrors } from '../test-support';

describe('fields under a dynamic column (Sentinel)', () => {
  it('name segments that are not identifiers with brackets, so the query parses', () => {
    const result = convertDetection(
      'sentinel',
      'sel:\n  requestParameters.x-amz-acl: public-read\n  requestParameters.bucketName: b\ncondition: sel',
      { product: 'aws', service: 'cloudtrail' },
    );
    const query = queryOrErrors(result);
    expect(query).toContain('requestParameters_x_amz_acl = tostring(parse_json(RequestParameters)["x-amz-acl"])');
    expect(query).toContain('requestParameters_bucketName = tostring(parse_json(RequestParameters).bucketName)');
    expect(checkQuery('sentinel', query).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
