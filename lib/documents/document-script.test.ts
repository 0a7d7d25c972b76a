import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCRIPT, DOCUMENT_SCRIPT_VERSION } from './document-script';

// What it does in a browser is tested there (e2e: accounts, seed-page, http-edges, search). Here: that the source
// sent stands alone.
describe('the document script as served', () => {
  it('is one self-contained, valid script that calls itself', () => {
    expect(() => new Function(DOCUMENT_SCRIPT)).not.toThrow();
    expect(DOCUMENT_SCRIPT).toMatch(/^\(function documentScript\(\) \{[\s\S]*\}\)\(\);\n$/);
    expect(DOCUMENT_SCRIPT).not.toMatch(/\b(import|require)\s*\(|__vite|_interop/);
  });

  it('builds no element from HTML text', () => {
    expect(DOCUMENT_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('is named by a version of its own bytes', () => {
    expect(DOCUMENT_SCRIPT_VERSION).toMatch(/^[0-9a-f]{12}$/);
  });
});
