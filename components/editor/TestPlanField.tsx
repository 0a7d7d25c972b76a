'use client';
// The test plan and its sample events, as tests.yml holds them, and a button that runs the Sigma rule over the
// samples (POST /api/v1/sigma/match, the bounded matcher): which matched, which selections held, which failed.
import { useState } from 'react';
import { readTestPlan } from '@/lib/editor/form';
import type { PlacedFinding } from '@/lib/editor/place-findings';
import { type SamplesReport, samplesReport, samplesToRun, summarise } from '@/lib/editor/sample-results';
import { urls } from '@/lib/urls';
import { CodeEditor } from './CodeEditor';
import { FieldFindings } from './FieldFindings';

interface Props {
  value: string;
  onChange: (text: string) => void;
  sigma: string;
  findings: readonly PlacedFinding[];
}

type Run =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; report: SamplesReport }
  | { state: 'failed'; message: string };

export function TestPlanField({ value, onChange, sigma, findings }: Props) {
  const [run, setRun] = useState<Run>({ state: 'idle' });

  async function runSamples() {
    const { plan, findings: broken } = readTestPlan(value);
    if (broken.length) {
      setRun({ state: 'failed', message: broken.map((f) => `line ${f.line}: ${f.message}`).join('; ') });
      return;
    }
    const samples = samplesToRun(plan.samples);
    if (!samples.length) {
      setRun({ state: 'failed', message: 'The test plan has no samples to run: add some under `samples:`.' });
      return;
    }
    setRun({ state: 'running' });
    try {
      const res = await fetch(urls.api.sigmaMatch(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sigma, samples }),
      });
      const body = (await res.json()) as { error?: { message: string } };
      if (!res.ok) setRun({ state: 'failed', message: body.error?.message ?? `the matcher answered ${res.status}` });
      else setRun({ state: 'done', report: samplesReport(body) });
    } catch {
      setRun({ state: 'failed', message: 'The matcher could not be reached.' });
    }
  }

  return (
    <div className="space-y-3">
      <CodeEditor
        value={value}
        onChange={onChange}
        language="yaml"
        labelledBy="field-testPlan"
        findings={findings}
        minLines={14}
        testId="test-plan-editor"
      />
      <FieldFindings findings={findings} withLines />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={runSamples}
          disabled={run.state === 'running'}
          className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
        >
          {run.state === 'running' ? 'Running…' : 'Run the samples'}
        </button>
        {run.state === 'done' ? (
          <p
            className={`text-sm ${run.report.ok ? 'text-emerald-700' : 'text-rose-700'}`}
            data-testid="samples-summary"
          >
            {run.report.ok ? 'Proven: ' : 'Not proven: '}
            {summarise(run.report)}
          </p>
        ) : null}
        {run.state === 'failed' ? <p className="text-sm text-rose-700">{run.message}</p> : null}
      </div>
      {run.state === 'done' ? (
        <table className="w-full text-left text-sm" data-testid="samples-results">
          <thead>
            <tr className="border-b border-slate-200 text-slate-500">
              <th className="py-1.5 pr-3 font-medium">Sample</th>
              <th className="py-1.5 pr-3 font-medium">Expects</th>
              <th className="py-1.5 pr-3 font-medium">Rule</th>
              <th className="py-1.5 pr-3 font-medium">Selections that held</th>
              <th className="py-1.5 font-medium">Result</th>
            </tr>
          </thead>
          <tbody>
            {run.report.samples.map((s) => (
              <tr key={s.key} className="border-b border-slate-100" data-testid="sample-row" data-ok={s.ok}>
                <td className="py-1.5 pr-3 font-mono text-xs">{s.key}</td>
                <td className="py-1.5 pr-3">{s.expect === 'match' ? 'a match' : 'no match'}</td>
                <td className="py-1.5 pr-3">{s.matched ? 'matched' : 'did not match'}</td>
                <td className="py-1.5 pr-3 font-mono text-xs">{s.held.join(', ') || '—'}</td>
                <td className={`py-1.5 font-medium ${s.ok ? 'text-emerald-700' : 'text-rose-700'}`}>
                  {s.ok ? 'passed' : 'failed'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
