import { openApiDocument } from '@/lib/api/openapi/document';
import { methodNotAllowed, publicAnswer } from '@/lib/api/respond';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';

export const dynamic = 'force-static';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** The OpenAPI 3.1 description of every /api/v1 endpoint. */
export function GET(request: Request) {
  return publicAnswer(request, openApiDocument());
}
