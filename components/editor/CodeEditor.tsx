'use client';
// A CodeMirror 6 editor for one text field. The text is the parent's (onChange on every edit; a new `value` from
// outside, such as a draft from Sigma or a reloaded document, replaces it). Findings come either as `diagnostics`
// (placed by the parent: what the last save said) or from `lint`, run a moment after the person stops typing.
import { sql } from '@codemirror/lang-sql';
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, forceLinting, linter, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, highlightActiveLine, lineNumbers } from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import { useEffect, useRef } from 'react';
import { diagnosticsOf, type LocatedMessage, type TextDiagnostic } from '@/lib/editor/diagnostics';

export type CodeLanguage = 'yaml' | 'sql' | 'plain';

interface Props {
  value: string;
  onChange: (text: string) => void;
  language: CodeLanguage;
  /** The id of the visible label: people and tests find the editor by it. */
  labelledBy: string;
  /** Findings placed here by the parent (what the last save said), shown at their lines of the text as it is then. */
  findings?: readonly LocatedMessage[];
  /** Findings computed from the text itself, a moment after typing stops (the Sigma validator). */
  lint?: (text: string) => Promise<readonly TextDiagnostic[]>;
  minLines?: number;
  testId?: string;
}

const theme = EditorView.theme({
  '&': { fontSize: '13px', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '2px solid #14b892', outlineOffset: '-1px' },
  '.cm-content': { fontFamily: 'var(--font-mono)', padding: '8px 0' },
  '.cm-gutters': { backgroundColor: '#f8fafc', color: '#94a3b8', borderRight: '1px solid #e2e8f0' },
  '.cm-scroller': { overflow: 'auto', maxHeight: '70vh' },
});

function languageOf(language: CodeLanguage): Extension {
  if (language === 'yaml') return yaml();
  if (language === 'sql') return sql();
  return [];
}

export function CodeEditor({ value, onChange, language, labelledBy, findings, lint, minLines = 8, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  const linting = useRef(lint);
  linting.current = lint;
  const lintCompartment = useRef(new Compartment());

  // The view is made once; later props reach it through the refs and effects below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first value and language make the view
  useEffect(() => {
    if (!host.current) return;
    const lintExtension = linting.current
      ? linter(async (v) => ((await linting.current?.(v.state.doc.toString())) ?? []) as Diagnostic[], { delay: 400 })
      : [];
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          minimalSetup,
          lineNumbers(),
          highlightActiveLine(),
          lintGutter(),
          lintCompartment.current.of(lintExtension),
          languageOf(language),
          theme,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  // A value from outside (not an echo of what was typed) replaces the text.
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    // With a lint source, findings from a save are shown with its own: ask it again when they change.
    if (linting.current) forceLinting(v);
    else v.dispatch(setDiagnostics(v.state, diagnosticsOf(v.state.doc.toString(), findings ?? []) as Diagnostic[]));
  }, [findings]);

  return (
    <div
      ref={host}
      data-testid={testId}
      className="overflow-hidden rounded-md border border-slate-300"
      style={{ minHeight: `${minLines * 1.45 + 1}rem` }}
    />
  );
}
