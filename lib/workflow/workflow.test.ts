import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/roles';
import { addUser } from '../auth/users';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { otherDocument, seedCatalog } from '../store/testing';
import {
  approveAndPublish,
  createDetection,
  listRevisions,
  readSource,
  restoreRevision,
  saveDetection,
  submitForReview,
  unpublishDetection,
  WorkflowError,
} from './index';

const PASSWORD = 'violet ferry 31 lantern grammar';

describe.each(PROVIDERS)('the editing workflow on %s', (provider) => {
  let t: TestDatabase;
  const people: Record<string, Actor> = {};
  const person = async (name: string, role: Role) => {
    const email = `${name}@example.com`;
    const userId = await addUser(t.db, { email, name, role, password: PASSWORD });
    people[name] = { userId, email, name, role, via: 'session' };
    return people[name];
  };
  const code = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'ok';
    } catch (error) {
      if (error instanceof WorkflowError) return error.code;
      throw error;
    }
  };
  /** What a reviewer sends having read the detection's source: its ETag, as If-Match. */
  const reviewed = async (slug: string, who: Actor) => ({ ifMatch: (await readSource(t.db, slug, who)).etag });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedCatalog(t.db);
    await person('edna', 'editor');
    await person('rico', 'reviewer');
    await person('ada', 'admin');
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('creates a draft that only editors can read, and refuses the anonymous and invalid documents', async () => {
    const doc = otherDocument('wf-one', 'a0000001');
    expect(await code(createDetection(t.db, null, doc))).toBe('UNAUTHENTICATED');
    const bad = { ...doc, techniques: ['T9999'], overview: 'x {y}' };
    const invalid = await createDetection(t.db, people.edna!, bad).catch((e: WorkflowError) => e);
    expect((invalid as WorkflowError).extra.findings?.map((f) => f.code)).toEqual(
      expect.arrayContaining(['UNKNOWN_TECHNIQUE', 'MDX_EXPRESSION']),
    );

    const saved = await createDetection(t.db, people.edna!, doc, 'first draft');
    expect(saved).toMatchObject({ slug: 'wf-one', revision: 1, outcome: 'created' });
    expect(await code(readSource(t.db, 'wf-one', null))).toBe('NOT_FOUND');
    expect((await readSource(t.db, 'wf-one', people.edna!)).meta).toMatchObject({ status: 'draft', revision: 1 });
    expect(await code(createDetection(t.db, people.edna!, doc))).toBe('CONFLICT');
  });

  it('refuses a save without If-Match (428) or with a stale one (412), and takes the right one', async () => {
    const { etag } = await readSource(t.db, 'wf-one', people.edna!);
    const changed = otherDocument('wf-one', 'a0000001', { summary: 'Second version.' });
    expect(await code(saveDetection(t.db, people.edna!, 'wf-one', changed, null))).toBe('PRECONDITION_REQUIRED');
    const saved = await saveDetection(t.db, people.edna!, 'wf-one', changed, etag);
    expect(saved.revision).toBe(2);
    const stale = await saveDetection(t.db, people.rico!, 'wf-one', changed, etag).catch((e: WorkflowError) => e);
    expect(stale).toMatchObject({ code: 'PRECONDITION_FAILED', extra: { etag: saved.etag } });
  });

  it('lets a reviewer who did not write it approve, which publishes; never the author', async () => {
    expect(await code(approveAndPublish(t.db, people.rico!, 'wf-one', await reviewed('wf-one', people.rico!)))).toBe(
      'CONFLICT',
    );
    await submitForReview(t.db, people.edna!, 'wf-one');
    expect(await code(approveAndPublish(t.db, people.edna!, 'wf-one', await reviewed('wf-one', people.edna!)))).toBe(
      'FORBIDDEN',
    );
    const approved = await approveAndPublish(t.db, people.rico!, 'wf-one', await reviewed('wf-one', people.rico!));
    expect(approved).toMatchObject({ revision: 2, selfApproved: false });
    const anonymous = await readSource(t.db, 'wf-one', null);
    expect(anonymous.meta).toMatchObject({ status: 'published', revision: 2, publishedRevision: 2 });
    expect(anonymous.document.summary).toBe('Second version.');
    expect(await code(submitForReview(t.db, people.edna!, 'wf-one'))).toBe('CONFLICT');
  });

  it('keeps an edit of a published detection pending, and lets an admin publish their own only by saying so', async () => {
    const { etag } = await readSource(t.db, 'wf-one', people.ada!);
    await saveDetection(t.db, people.ada!, 'wf-one', otherDocument('wf-one', 'a0000001', { summary: 'Third.' }), etag);
    expect((await readSource(t.db, 'wf-one', null)).document.summary).toBe('Second version.');
    await submitForReview(t.db, people.ada!, 'wf-one');
    const seen = await reviewed('wf-one', people.ada!);
    const refused = await approveAndPublish(t.db, people.ada!, 'wf-one', seen).catch((e: WorkflowError) => e);
    expect((refused as WorkflowError).message).toMatch(/selfApprove/);
    expect(await approveAndPublish(t.db, people.ada!, 'wf-one', { ...seen, selfApprove: true })).toMatchObject({
      revision: 3,
      selfApproved: true,
    });
    const history = await listRevisions(t.db, 'wf-one');
    expect(history.map((r) => [r.number, r.author, r.approvedBy, r.selfApproved, r.published])).toEqual([
      [3, 'ada@example.com', 'ada@example.com', true, true],
      [2, 'edna@example.com', 'rico@example.com', false, false],
      [1, 'edna@example.com', null, false, false],
    ]);
  });

  it('approves only the revision the reviewer looked at, when they name its ETag', async () => {
    await createDetection(t.db, people.edna!, otherDocument('wf-two', 'a0000002'));
    await submitForReview(t.db, people.edna!, 'wf-two');
    const seen = (await readSource(t.db, 'wf-two', people.rico!)).etag;
    // While the reviewer reads revision 1, its author saves another change and submits it again.
    const changed = otherDocument('wf-two', 'a0000002', { summary: 'Not what the reviewer saw.' });
    const saved = await saveDetection(t.db, people.edna!, 'wf-two', changed, seen);
    await submitForReview(t.db, people.edna!, 'wf-two');
    const refused = await approveAndPublish(t.db, people.rico!, 'wf-two', { ifMatch: seen }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', extra: { etag: saved.etag } });
    expect(await code(readSource(t.db, 'wf-two', null))).toBe('NOT_FOUND');
    expect(await approveAndPublish(t.db, people.rico!, 'wf-two', { ifMatch: saved.etag })).toMatchObject({
      revision: 2,
    });
  });

  it('refuses an approval that names no revision (428): no If-Match, or only *; and publishes nothing', async () => {
    await createDetection(t.db, people.edna!, otherDocument('wf-three', 'a0000003'));
    await submitForReview(t.db, people.edna!, 'wf-three');
    for (const ifMatch of [null, '', '*', ' * , *']) {
      const refused = await approveAndPublish(t.db, people.rico!, 'wf-three', { ifMatch }).catch((e) => e);
      expect(refused).toBeInstanceOf(WorkflowError);
      expect(refused).toMatchObject({ code: 'PRECONDITION_REQUIRED', extra: {} });
      expect((refused as WorkflowError).message).toMatch(/^send If-Match with the ETag of the revision of wf-three/);
    }
    // A stale tag beside * is still stale: * does not stand in for the revision reviewed.
    const { etag } = await readSource(t.db, 'wf-three', people.rico!);
    const stale = await approveAndPublish(t.db, people.rico!, 'wf-three', { ifMatch: `"x.r9", *` }).catch((e) => e);
    expect(stale).toMatchObject({ code: 'PRECONDITION_FAILED' });
    // A list that holds the right tag among guesses would match whatever the head is: one tag, the one read.
    const guessed = Array.from({ length: 5 }, (_, r) => `"${etag.slice(1, etag.lastIndexOf('.r'))}.r${r}"`);
    const list = await approveAndPublish(t.db, people.rico!, 'wf-three', {
      ifMatch: [...guessed, etag].join(', '),
    }).catch((e) => e);
    expect(list).toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect((list as WorkflowError).message).toMatch(/not a list of 6/);
    expect(await code(readSource(t.db, 'wf-three', null))).toBe('NOT_FOUND');
    expect(await approveAndPublish(t.db, people.rico!, 'wf-three', { ifMatch: etag })).toMatchObject({ revision: 1 });
  });

  it('restores an old revision as a new one, and lets only reviewers unpublish', async () => {
    const restored = await restoreRevision(t.db, people.edna!, 'wf-one', 1);
    expect(restored.revision).toBe(4);
    expect((await readSource(t.db, 'wf-one', people.edna!)).document.summary).toBe(
      otherDocument('wf-one', 'a0000001').summary,
    );
    expect(await code(unpublishDetection(t.db, people.edna!, 'wf-one'))).toBe('FORBIDDEN');
    await unpublishDetection(t.db, people.rico!, 'wf-one');
    expect(await code(readSource(t.db, 'wf-one', null))).toBe('NOT_FOUND');
    const events = await t.db.auditEvent.findMany({ where: { target: 'wf-one' }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.action)).toEqual([
      'detection-created',
      'detection-saved',
      'detection-submitted',
      'detection-approved',
      'detection-saved',
      'detection-submitted',
      'detection-approved',
      'detection-restored',
      'detection-unpublished',
    ]);
  });
});
