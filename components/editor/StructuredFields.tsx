'use client';
// The detection's front matter: title, summary (and the slug of a new one), techniques, severity, confidence,
// related detections and false positives.
import type { EditorForm } from '@/lib/editor/form';
import { findingsIn, type PlacedFinding } from '@/lib/editor/place-findings';
import {
  type DetectionOption,
  findDetections,
  findTechniques,
  type TechniqueOption,
} from '@/lib/editor/technique-search';
import { CONFIDENCES, SEVERITIES } from '@/lib/vocabulary';
import { ChipPicker } from './ChipPicker';
import { FalsePositivesField } from './FalsePositivesField';
import { FieldFindings } from './FieldFindings';

interface Props {
  form: EditorForm;
  set: (change: Partial<EditorForm>) => void;
  isNew: boolean;
  onTitle: (title: string) => void;
  findings: readonly PlacedFinding[];
  techniques: readonly TechniqueOption[];
  detections: readonly DetectionOption[];
}

const input =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-500 focus:outline-none';
const label = 'block text-sm font-medium text-slate-800';

export function StructuredFields({ form, set, isNew, onTitle, findings, techniques, detections }: Props) {
  const at = (slot: string) => findingsIn(findings, slot);
  const byId = new Map(techniques.map((t) => [t.id, t]));
  const titleOf = new Map(detections.map((d) => [d.slug, d.title]));
  return (
    <>
      <div>
        <label htmlFor="field-title" className={label}>
          Title
        </label>
        <input
          id="field-title"
          value={form.title}
          onChange={(e) => onTitle(e.target.value)}
          maxLength={120}
          className={input}
        />
        <FieldFindings findings={at('title')} />
      </div>
      {isNew ? (
        <div>
          <label htmlFor="field-slug" className={label}>
            Slug
          </label>
          <input
            id="field-slug"
            value={form.slug}
            onChange={(e) => set({ slug: e.target.value })}
            className={`${input} font-mono`}
            aria-describedby="field-slug-hint"
          />
          <p id="field-slug-hint" className="mt-0.5 text-xs text-slate-500">
            The detection's address: lowercase letters, digits and hyphens. It cannot change once saved.
          </p>
          <FieldFindings findings={at('slug')} />
        </div>
      ) : null}
      <div>
        <label htmlFor="field-summary" className={label}>
          Summary
        </label>
        <textarea
          id="field-summary"
          value={form.summary}
          onChange={(e) => set({ summary: e.target.value })}
          maxLength={300}
          rows={2}
          className={input}
        />
        <FieldFindings findings={at('summary')} />
      </div>
      <div>
        <ChipPicker
          label="Techniques"
          placeholder="Find an ATT&CK technique by ID (T1020) or name"
          selected={form.techniques}
          onChange={(next) => set({ techniques: next })}
          search={(q, exclude) =>
            findTechniques(techniques, q, { exclude }).map((t) => ({
              id: t.id,
              label: `${t.id} ${t.parentName ? `${t.parentName}: ` : ''}${t.name}`,
            }))
          }
          labelOf={(id) => {
            const t = byId.get(id);
            return t ? `${id} ${t.name}` : id;
          }}
        />
        <FieldFindings findings={at('techniques')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="field-severity" className={label}>
            Severity
          </label>
          <select
            id="field-severity"
            value={form.severity}
            onChange={(e) => set({ severity: e.target.value as EditorForm['severity'] })}
            className={input}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <FieldFindings findings={at('severity')} />
        </div>
        <div>
          <label htmlFor="field-confidence" className={label}>
            Confidence
          </label>
          <select
            id="field-confidence"
            value={form.confidence}
            onChange={(e) => set({ confidence: e.target.value as EditorForm['confidence'] })}
            className={input}
          >
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <FieldFindings findings={at('confidence')} />
        </div>
      </div>
      <div>
        <ChipPicker
          label="Related detections"
          placeholder="Find a detection by title or slug"
          selected={form.related}
          onChange={(next) => set({ related: next })}
          search={(q, exclude) =>
            findDetections(detections, q, { exclude: [...exclude, form.slug] }).map((d) => ({
              id: d.slug,
              label: `${d.title} (${d.slug})`,
            }))
          }
          labelOf={(slug) => titleOf.get(slug) ?? slug}
        />
        <FieldFindings findings={at('related')} />
      </div>
      <div>
        <FalsePositivesField value={form.falsePositives} onChange={(next) => set({ falsePositives: next })} />
        <FieldFindings findings={at('falsePositives')} />
      </div>
    </>
  );
}
