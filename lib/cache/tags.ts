// The Meta row that holds the revalidation secret shared by the command line and every app instance.
export const REVALIDATE_SECRET_KEY = 'revalidate.secret';
// The Meta row that holds the content generation a caching proxy keys its pages by (generation.ts).
export const CONTENT_GENERATION_KEY = 'content.generation';
