'use client';
// The detection editor: the form's state and what the buttons do, through the write API. Each part of the form is its
// own component; findings of a refused save (422) are placed at their field or line (lib/editor/place-findings).
import { type ReactNode, useMemo, useState } from 'react';
import type { DocumentFinding } from '@/lib/detections/findings';
import { changedFields } from '@/lib/editor/changed-fields';
import { documentOfForm, type EditorForm, formOfDocument } from '@/lib/editor/form';
import { findingsIn, type PlacedFinding, placeFindings } from '@/lib/editor/place-findings';
import { slugOfTitle } from '@/lib/editor/slug';
import type { DetectionOption, TechniqueOption } from '@/lib/editor/technique-search';
import { urls } from '@/lib/urls';
import { ConflictBanner } from './ConflictBanner';
import { EditorSection } from './EditorSection';
import { EditorToolbar, type Notice } from './EditorToolbar';
import { FieldFindings } from './FieldFindings';
import { MdxField } from './MdxField';
import { SigmaField } from './SigmaField';
import { StructuredFields } from './StructuredFields';
import { TestPlanField } from './TestPlanField';
import { type PlatformOption, VariantsField } from './VariantsField';
import * as api from './write-api';

export interface EditorMeta {
  status: string;
  reviewState: string;
  revision: number;
  /** The email of whoever wrote the newest revision: they may not approve it. */
  lastAuthor: string | null;
}

export interface EditorProps {
  initial: EditorForm;
  /** For a change waiting for review: what it changes, rendered by the page (ReviewDiff). */
  review?: ReactNode;
  etag: string | null;
  meta: EditorMeta | null;
  me: { email: string; role: string };
  techniques: readonly TechniqueOption[];
  detections: readonly DetectionOption[];
  platforms: readonly PlatformOption[];
}

type Conflict =
  | null
  | { mine: EditorForm; latestEtag: string | null; loaded: false }
  | {
      mine: EditorForm;
      latestEtag: string | null;
      loaded: true;
      changed: string[];
    };

const PROSE = [
  { field: 'overview', label: 'Overview', hint: 'What the technique is and why it matters. Required.' },
  { field: 'investigation', label: 'Investigation guide', hint: 'What an analyst checks first when it fires.' },
  { field: 'response', label: 'Response playbook', hint: 'What to do once it is confirmed.' },
  { field: 'hunting', label: 'Hunting queries', hint: 'Broader searches for the same behaviour.' },
] as const;

export function DetectionEditor(props: EditorProps) {
  const [form, setForm] = useState(props.initial);
  const [saved, setSaved] = useState(props.initial);
  const [etag, setEtag] = useState(props.etag);
  const [meta, setMeta] = useState(props.meta);
  const [findings, setFindings] = useState<PlacedFinding[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<Conflict>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const isNew = meta === null;
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const set = (change: Partial<EditorForm>) => {
    if (change.slug !== undefined) setSlugTouched(true);
    setForm((f) => ({ ...f, ...change }));
  };
  const onTitle = (title: string) =>
    setForm((f) => ({ ...f, title, ...(isNew && !slugTouched ? { slug: slugOfTitle(title) } : {}) }));

  function refused(status: number, text: string, found: DocumentFinding[], current: EditorForm) {
    const placed = placeFindings(found, current);
    setFindings(placed);
    const errors = placed.filter((f) => f.severity === 'error').length;
    const where = errors
      ? ` ${errors} problem${errors === 1 ? '' : 's'} to fix, shown at ${errors === 1 ? 'its field' : 'their fields'}.`
      : '';
    setNotice({ tone: 'error', text: `Not saved (${status}): ${text}.${where}` });
  }

  /** Saves (or creates); true when the form is now what is stored. */
  async function save(withEtag = etag, current = form): Promise<boolean> {
    const { document, findings: local } = documentOfForm(current);
    if (local.length) {
      refused(400, 'the test plan cannot be read', local, current);
      return false;
    }
    setBusy(true);
    try {
      const outcome =
        isNew || !withEtag
          ? await api.createDetection(document, message)
          : await api.saveDetection(current.slug, document, message, withEtag);
      if (!outcome.ok) {
        if (outcome.status === 412) {
          setConflict({ mine: current, latestEtag: outcome.etag, loaded: false });
          setNotice({ tone: 'error', text: `Not saved: ${outcome.message}.` });
        } else refused(outcome.status, outcome.message, outcome.findings, current);
        return false;
      }
      const revision = Number(outcome.body.revision);
      setEtag(outcome.etag);
      setSaved(current);
      setFindings([]);
      setConflict(null);
      setMessage('');
      setMeta((m) => ({
        status: m?.status ?? 'draft',
        reviewState: outcome.body.outcome === 'unchanged' ? (m?.reviewState ?? 'none') : 'none',
        revision,
        lastAuthor: outcome.body.outcome === 'unchanged' ? (m?.lastAuthor ?? null) : props.me.email,
      }));
      if (isNew) window.history.replaceState(null, '', urls.editor(current.slug));
      const what =
        outcome.body.outcome === 'unchanged' ? 'Nothing changed since the last save' : `Saved as revision ${revision}`;
      setNotice({ tone: 'ok', text: `${what}.` });
      return true;
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    if (dirty && !(await save())) return;
    setBusy(true);
    try {
      const outcome = await api.submitDetection(form.slug);
      if (!outcome.ok) return setNotice({ tone: 'error', text: `Not submitted: ${outcome.message}.` });
      setMeta((m) => (m ? { ...m, reviewState: 'submitted' } : m));
      setNotice({ tone: 'ok', text: `Submitted revision ${outcome.body.revision} for review.` });
    } finally {
      setBusy(false);
    }
  }

  async function approve() {
    // Only a detection read from the server is approved, and it came with its ETag.
    if (!etag) return setNotice({ tone: 'error', text: 'Not approved: reload the page to read the change first.' });
    setBusy(true);
    try {
      const outcome = await api.approveDetection(form.slug, etag);
      if (!outcome.ok) return setNotice({ tone: 'error', text: `Not approved: ${outcome.message}.` });
      setMeta((m) => (m ? { ...m, status: 'published', reviewState: 'none' } : m));
      if (outcome.etag) setEtag(outcome.etag);
      setNotice({
        tone: 'ok',
        text: (
          <>
            Approved and published revision {String(outcome.body.revision)}:{' '}
            <a href={urls.detection(form.slug)} className="font-medium underline">
              see the public page
            </a>
            .
          </>
        ),
      });
    } finally {
      setBusy(false);
    }
  }

  async function loadTheirs() {
    if (!conflict) return;
    setBusy(true);
    try {
      const latest = await api.loadSource(form.slug);
      if (!latest.ok) return setNotice({ tone: 'error', text: `Could not load their version: ${latest.message}.` });
      const theirs = formOfDocument(latest.document);
      setForm(theirs);
      setSaved(theirs);
      setEtag(latest.etag);
      setMeta((m) =>
        m
          ? {
              ...m,
              revision: latest.meta.headRevision,
              reviewState: latest.meta.reviewState,
              status: latest.meta.status,
            }
          : m,
      );
      setConflict({
        ...conflict,
        latestEtag: latest.etag,
        loaded: true,
        changed: changedFields(conflict.mine, theirs),
      });
      setNotice({ tone: 'info', text: `Loaded revision ${latest.meta.headRevision}, saved by someone else.` });
    } finally {
      setBusy(false);
    }
  }

  const approvable = meta?.reviewState === 'submitted' && (props.me.role === 'reviewer' || props.me.role === 'admin');
  const ownChange = meta?.lastAuthor === props.me.email;
  // One list per slot for each answer, so a code editor is handed new findings only when there are new findings.
  const bySlot = useMemo(() => {
    const slots = new Set(findings.map((f) => f.slot));
    return new Map([...slots].map((slot) => [slot, findingsIn(findings, slot)]));
  }, [findings]);
  const at = (slot: string) => bySlot.get(slot) ?? findingsIn([], slot);

  return (
    <div>
      <EditorToolbar
        title={form.title}
        status={meta?.status ?? 'new'}
        reviewState={meta?.reviewState ?? 'none'}
        revision={meta?.revision ?? null}
        dirty={dirty}
        busy={busy}
        notice={notice}
        canSubmit={!isNew && meta?.reviewState !== 'submitted'}
        approve={{
          show: approvable,
          allowed: approvable && !ownChange,
          why: ownChange ? 'You wrote this change: another reviewer approves it.' : undefined,
        }}
        onSave={() => save()}
        onSubmit={submit}
        onApprove={approve}
        message={message}
        onMessage={setMessage}
        links={
          isNew
            ? []
            : [
                ...(meta?.status === 'published' ? [{ href: urls.detection(form.slug), label: 'public page' }] : []),
                { href: urls.history(form.slug), label: 'history' },
              ]
        }
      />
      <div className="mx-auto max-w-6xl space-y-5 px-4 py-6 sm:px-6">
        {conflict ? (
          <ConflictBanner
            state={conflict.loaded ? { loaded: true, changed: conflict.changed } : { loaded: false }}
            busy={busy}
            onLoadTheirs={loadTheirs}
            onPutMineBack={() => setForm(conflict.mine)}
            onSaveMine={() => {
              setForm(conflict.mine);
              save(conflict.latestEtag, conflict.mine);
            }}
            onDismiss={() => setConflict(null)}
          />
        ) : null}
        {meta?.reviewState === 'submitted' ? props.review : null}
        <FieldFindings findings={at('document')} />
        <EditorSection id="section-fields" title="Detection">
          <StructuredFields
            form={form}
            set={set}
            isNew={isNew}
            onTitle={onTitle}
            findings={findings}
            techniques={props.techniques}
            detections={props.detections}
          />
        </EditorSection>
        <EditorSection
          id="field-sigma"
          title="Sigma rule"
          hint="One or more complete rules as YAML documents. The validator checks it as you type."
        >
          <SigmaField value={form.sigma} onChange={(sigma) => set({ sigma })} saved={at('sigma')} />
        </EditorSection>
        <EditorSection
          id="field-testPlan"
          title="Test plan and samples"
          hint="As tests.yml holds them: the tests, and sample events in their real shape that prove the rule."
        >
          <TestPlanField
            value={form.testPlan}
            onChange={(testPlan) => set({ testPlan })}
            sigma={form.sigma}
            findings={at('testPlan')}
          />
        </EditorSection>
        <EditorSection id="section-siems" title="SIEM queries">
          <VariantsField
            platforms={props.platforms}
            variants={form.variants}
            onChange={(variants) => set({ variants })}
            sigma={form.sigma}
            findings={findings}
          />
        </EditorSection>
        <EditorSection
          id="section-prose"
          title="Prose"
          hint="Markdown, with the Callout and Kbd components. No code runs."
        >
          {PROSE.map((p) => (
            <MdxField
              key={p.field}
              label={p.label}
              hint={p.hint}
              value={form[p.field]}
              onChange={(text) => set({ [p.field]: text })}
              findings={at(p.field)}
            />
          ))}
        </EditorSection>
      </div>
    </div>
  );
}
