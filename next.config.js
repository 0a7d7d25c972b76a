/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds once per database into its own folder; everyone else uses .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and wasm packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'shiki'],
  poweredByHeader: false,
};

export default nextConfig;
