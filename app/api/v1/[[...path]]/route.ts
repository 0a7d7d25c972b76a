import { notFound } from '@/lib/api/respond';

// /api/v1 itself and any path under it that no endpoint claims, whatever the method, answer in the API's own
// error shape rather than with the site's HTML 404 page.
const noSuchEndpoint = () => notFound('such endpoint');
export const GET = noSuchEndpoint;
export const POST = noSuchEndpoint;
export const PUT = noSuchEndpoint;
export const PATCH = noSuchEndpoint;
export const DELETE = noSuchEndpoint;
export const OPTIONS = noSuchEndpoint;
