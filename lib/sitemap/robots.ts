import { urls } from '../urls';

/** Where crawlers have nothing to find: the editor, administration, accounts, sign-in. */
export const PRIVATE_PATHS = ['/editor', '/admin', '/account', '/api/auth'] as const;

export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...PRIVATE_PATHS.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${base}${urls.sitemap()}`,
    '',
  ].join('\n');
}
