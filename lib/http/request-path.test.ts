import { describe, expect, it } from 'vitest';
import { isApiPath, pathProblem } from './request-path';

describe('pathProblem', () => {
  it.each(['/', '/detections/traffic-duplication', '/rules/a%20b.yml', '/%C3%A9', '/search'])('takes %j', (path) => {
    expect(pathProblem(path)).toBeNull();
  });
  it.each(['/detections/a%00b', '/detections/%0a', '/platforms/x%7F', '/techniques/T1020%09'])(
    'finds control characters in %j',
    (path) => {
      expect(pathProblem(path)).toBe('control-characters');
    },
  );
  it.each(['/rules/%ff.yml', '/api/v1/%ff', '/detections/%ff', '/%c3', '/%c3%28', '/%', '/%zz', '/%ED%A0%80'])(
    'cannot decode %j',
    (path) => {
      expect(pathProblem(path)).toBe('undecodable');
    },
  );
});

describe('isApiPath', () => {
  it('is /api and below, nothing else', () => {
    expect(isApiPath('/api')).toBe(true);
    expect(isApiPath('/api/v1/%ff')).toBe(true);
    expect(isApiPath('/apis')).toBe(false);
    expect(isApiPath('/detections/api')).toBe(false);
  });
});
