'use server';
// The editor's server functions. Previewing MDX renders it with the public page's components on the server, so the
// browser receives the rendered result and never compiles or runs an editor's MDX itself.
import { headers } from 'next/headers';
import { MdxPreview } from '@/components/editor/MdxPreview';
import { canEdit } from '@/lib/auth/roles';
import { actorOfHeaders } from '@/lib/auth/session-actor';
import { getDb } from '@/lib/db/client';

/** As long as a prose field may be (lib/detections/document.ts). */
const MAX_PREVIEW_CHARS = 200_000;

export async function previewMdx(source: string) {
  if (!canEdit(await actorOfHeaders(getDb(), await headers()))) {
    return <p className="text-sm text-rose-700">Sign in as an editor to preview.</p>;
  }
  if (typeof source !== 'string' || source.length > MAX_PREVIEW_CHARS) {
    return (
      <p className="text-sm text-rose-700">
        This text is longer than {MAX_PREVIEW_CHARS.toLocaleString('en-US')} characters.
      </p>
    );
  }
  return <MdxPreview source={source} />;
}
