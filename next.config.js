/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'shiki'],
  poweredByHeader: false,
};

export default nextConfig;
