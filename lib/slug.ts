// A slug names detections, platforms, tactics and sources in URLs and folder names: lowercase letters, digits, single
// hyphens, at most MAX_SLUG_LENGTH characters (a URL segment and a folder name on every file system).
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 200;

export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}
