// Cache-Control of public answers that change only when content does (rule downloads, /api/v1 reads). Browsers
// revalidate on every use (max-age=0: an ETag makes that a 304), so a reader sees a publish at once. Shared caches
// (the response cache in front of Next, an nginx in front of several instances) keep them a minute and may answer
// from the old copy for another minute while they fetch the new one; a publish purges or bypasses them.
export const SHARED_PUBLIC = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';
