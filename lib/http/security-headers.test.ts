import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, servedOverTls, withoutInlineScripts } from './security-headers';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('closes everything around the inline payload scripts Next writes', () => {
    const csp = directives(contentSecurityPolicy({ tls: false, dev: false }));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });
  it('upgrades subresources over TLS and allows eval only for next dev', () => {
    expect(directives(contentSecurityPolicy({ tls: true, dev: false })).has('upgrade-insecure-requests')).toBe(true);
    expect(directives(contentSecurityPolicy({ tls: false, dev: true })).get('script-src')).toContain("'unsafe-eval'");
  });
});

describe('the code editor’s pages', () => {
  it('allow inline <style> elements for CodeMirror, and nothing else more', () => {
    const plain = directives(contentSecurityPolicy({ tls: false, dev: false }));
    const editor = directives(contentSecurityPolicy({ tls: false, dev: false, codeEditor: true }));
    expect(plain.get('style-src-elem')).toEqual(["'self'"]);
    expect(editor.get('style-src-elem')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(new Map([...editor].filter(([k]) => k !== 'style-src-elem'))).toEqual(
      new Map([...plain].filter(([k]) => k !== 'style-src-elem')),
    );
  });
});

describe('securityHeaders', () => {
  it('sends HSTS only over TLS', () => {
    const names = (tls: boolean) => securityHeaders({ tls, dev: false }).map((h) => h.key);
    expect(names(false)).toEqual([
      'Content-Security-Policy',
      'X-Frame-Options',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
    expect(names(true)).toContain('Strict-Transport-Security');
  });
  it('reads TLS from a public URL', () => {
    expect(servedOverTls('https://tripline.example')).toBe(true);
    expect(servedOverTls(' HTTPS://tripline.example ')).toBe(true);
    expect(servedOverTls('http://localhost:3000')).toBe(false);
    expect(servedOverTls(undefined)).toBe(false);
  });
});

describe('withoutInlineScripts', () => {
  it('takes unsafe-inline out of script-src only, keeping every other directive as it was', () => {
    for (const options of [
      { tls: false, dev: false },
      { tls: true, dev: false },
    ]) {
      const policy = contentSecurityPolicy(options);
      const strict = withoutInlineScripts(policy);
      expect(strict).toContain("script-src 'self'; script-src-attr 'none'");
      expect(strict).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(strict).toContain("style-src 'self' 'unsafe-inline'");
      expect(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")).toBe(policy);
    }
  });
});
