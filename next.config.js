/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds once per database into its own folder; everyone else uses .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and wasm packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'shiki'],
  poweredByHeader: false,
  // Next hashes the whole HTML of every cached page on every request to make an ETag (a third of the CPU time of
  // serving the seed page, measured with --cpu-prof). Pages carry s-maxage for caches instead; rule downloads set
  // their own ETag from the stored hash.
  generateEtags: false,
};

export default nextConfig;
