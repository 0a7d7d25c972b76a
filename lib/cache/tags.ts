// Every public page is cached under this tag; any content change revalidates it.
export const CONTENT_TAG = 'content';
export const REVALIDATE_SECRET_KEY = 'revalidate.secret';
