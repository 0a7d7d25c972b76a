// Documents for the authoring tests, made from a shipped detection so they are valid, under a slug of their own and
// with rule ids of their own (a rule id belongs to one detection).
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';

export async function freshDocument(request: APIRequestContext, slug: string): Promise<Record<string, unknown>> {
  const res = await request.get('/api/v1/detections/cloud-snapshot-created/source');
  const { document } = (await res.json()) as {
    document: Record<string, unknown> & { sigma: string; samples: Array<{ rule?: string }> };
  };
  const ids = [...new Set([...document.sigma.matchAll(/^id:\s*([0-9a-f-]{36})/gm)].map((m) => m[1] as string))];
  const fresh = new Map(ids.map((id) => [id, randomUUID()]));
  let sigma = document.sigma;
  for (const [from, to] of fresh) sigma = sigma.replaceAll(from, to);
  return {
    ...document,
    slug,
    title: `Authoring test ${slug}`,
    related: [],
    sigma,
    samples: document.samples.map((s) => ({ ...s, rule: s.rule ? fresh.get(s.rule) : undefined })),
  };
}
