import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaders, servedOverTls } from './lib/http/security-headers';

const dev = process.env.NODE_ENV === 'development';
// Read at build time, like every header rule here: a portal whose public URL is https:// always sends HSTS.
const alwaysTls = servedOverTls(process.env.TRIPLINE_URL);

// The document script's version (lib/documents/document-script.ts), from its source file: written into every bundle
// at build, so the layout that names /document/<version>.js and the route that serves it agree. A hash of the
// served text would not: each bundle minifies its own copy of the function with other names.
const documentScriptVersion = createHash('sha256')
  .update(readFileSync(resolve('lib/documents/document-script.ts')))
  .digest('hex')
  .slice(0, 12);

const nextConfig: NextConfig = {
  env: { TRIPLINE_DOCUMENT_SCRIPT_VERSION: documentScriptVersion },
  // The test run builds once per database into its own folder; everyone else uses .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and wasm packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'shiki'],
  poweredByHeader: false,
  // Several instances behind one address share Next's page and data cache in Redis (cache-handler.mjs). Read when
  // the server starts, so the same build runs alone (no REDIS_URL: Next's own cache, in memory) or in a
  // cluster. The handler keeps nothing in this process's memory beside Redis, so no instance serves what another
  // has revalidated.
  ...(process.env.REDIS_URL ? { cacheHandler: resolve('cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  // forbidden() answers 403 with app/forbidden.tsx when someone signed in lacks the role a page needs.
  // isrFlushToDisk off: Next would otherwise write every rendered page, 404s for made-up URLs included, to a file
  // under the build folder, kept a year; anyone could fill the disk by asking for URLs. Pages stay in Next's
  // in-memory cache, an LRU bounded by cacheMaxMemorySize (50 MB), or in the shared cache handler when one is set.
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  // Next hashes the whole HTML of every cached page on every request to make an ETag (a third of the CPU time of
  // serving the seed page, measured with --cpu-prof). Pages carry s-maxage for caches instead; rule downloads set
  // their own ETag from the stored hash.
  generateEtags: false,
  // Every response, static assets and 404s included. Behind a TLS-terminating proxy that says so
  // (X-Forwarded-Proto: https), the TLS variant replaces the plain one: the later rule wins for the same header.
  async headers() {
    // The editor's pages (/editor and below) differ in one directive: inline <style> for CodeMirror.
    const https = [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }];
    const editor = '/editor/:path*';
    return [
      { source: '/:path*', headers: securityHeaders({ tls: alwaysTls, dev }) },
      { source: editor, headers: securityHeaders({ tls: alwaysTls, dev, codeEditor: true }) },
      { source: '/:path*', has: https, headers: securityHeaders({ tls: true, dev }) },
      { source: editor, has: https, headers: securityHeaders({ tls: true, dev, codeEditor: true }) },
    ];
  },
};

export default nextConfig;
