import { notFound } from '@/lib/api/respond';

// Any other /api/v1 path answers in the API's own error shape rather than with the site's HTML 404 page.
export function GET() {
  return notFound('such endpoint');
}
