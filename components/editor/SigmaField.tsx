'use client';
// The Sigma rule, checked by the validator (POST /api/v1/sigma/validate) a moment after each pause in typing: its
// findings are underlined at their lines and listed below with their line numbers. Findings of the last save that
// the validator does not make (a rule id used by another detection) are shown with them.
import { useCallback, useRef, useState } from 'react';
import { diagnosticsOf, type LocatedMessage } from '@/lib/editor/diagnostics';
import type { PlacedFinding } from '@/lib/editor/place-findings';
import { urls } from '@/lib/urls';
import { CodeEditor } from './CodeEditor';

interface Props {
  value: string;
  onChange: (text: string) => void;
  saved: readonly PlacedFinding[];
}

const key = (f: LocatedMessage) => `${f.line}:${f.code ?? ''}`;

export function SigmaField({ value, onChange, saved }: Props) {
  const [live, setLive] = useState<LocatedMessage[] | null>(null);
  const [trouble, setTrouble] = useState('');
  const savedRef = useRef(saved);
  savedRef.current = saved;

  const lint = useCallback(async (text: string) => {
    let found: LocatedMessage[] = [];
    try {
      const res = await fetch(urls.api.sigmaValidate(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sigma: text }),
      });
      const body = (await res.json()) as { findings?: LocatedMessage[]; error?: { message: string } };
      setTrouble(res.ok ? '' : `The validator refused the rule: ${body.error?.message ?? res.status}`);
      found = body.findings ?? [];
    } catch {
      setTrouble('The validator could not be reached; findings will show once it answers again.');
    }
    const seen = new Set(found.map(key));
    const all = [...found, ...savedRef.current.filter((f) => !seen.has(key(f)))];
    setLive(all);
    return diagnosticsOf(text, all);
  }, []);

  return (
    <div>
      <CodeEditor
        value={value}
        onChange={onChange}
        language="yaml"
        labelledBy="field-sigma"
        lint={lint}
        findings={saved}
        minLines={18}
        testId="sigma-editor"
      />
      {trouble ? <p className="mt-1.5 text-sm text-amber-700">{trouble}</p> : null}
      {live === null ? (
        <p className="mt-2 text-sm text-slate-500">Checking the rule…</p>
      ) : live.length ? (
        <ul className="mt-2 space-y-1 text-sm" data-testid="sigma-findings">
          {live.map((f, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no identity beyond their place in the answer
              key={i}
              data-line={f.line ?? undefined}
              className={f.severity === 'error' ? 'text-rose-700' : 'text-amber-700'}
            >
              <span className="font-mono text-xs">
                line {f.line ?? 1}
                {f.column ? `:${f.column}` : ''}
              </span>{' '}
              {f.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-emerald-700" data-testid="sigma-clean">
          The validator finds nothing wrong with this rule.
        </p>
      )}
    </div>
  );
}
