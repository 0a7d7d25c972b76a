import { urls } from '../../urls';
import type { DetectionSourceView, Saved } from '../../workflow';

/** `GET .../source`: the document a PUT sends back, and where it stands. */
export function sourceJson(view: DetectionSourceView) {
  return { document: view.document, meta: view.meta, links: sourceLinks(view.meta.slug) };
}

export function savedJson(saved: Saved) {
  return { slug: saved.slug, revision: saved.revision, outcome: saved.outcome, links: sourceLinks(saved.slug) };
}

function sourceLinks(slug: string) {
  return {
    source: urls.api.source(slug),
    revisions: urls.api.revisions(slug),
    html: urls.detection(slug),
    editor: urls.editor(slug),
  };
}

/** The body of a create or save: `{ document, message? }`. */
export function documentAndMessage(body: unknown): { document: unknown; message: string } {
  const b = (body && typeof body === 'object' ? body : {}) as { document?: unknown; message?: unknown };
  return { document: b.document, message: typeof b.message === 'string' ? b.message : '' };
}
