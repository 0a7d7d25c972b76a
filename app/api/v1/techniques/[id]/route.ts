import { methodNotAllowed, notFound, publicAnswer } from '@/lib/api/respond';
import { techniqueJson } from '@/lib/api/technique-json';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { getTechniquePage } from '@/lib/queries/technique-page';
import { techniqueParam } from '@/lib/routes/params';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Ctx) {
  const id = techniqueParam((await params).id);
  const technique = id ? await getTechniquePage(getDb(), id) : null;
  if (!technique) return notFound('such technique');
  return publicAnswer(request, techniqueJson(technique));
}
