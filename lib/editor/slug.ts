// A new detection's slug, proposed from its title while the editor has not typed one of their own.
import { MAX_SLUG_LENGTH } from '../slug';

export function slugOfTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, Math.min(80, MAX_SLUG_LENGTH))
    .replace(/-+$/, '');
}
