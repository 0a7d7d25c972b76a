import type { ReactNode } from 'react';

const TONES = {
  critical: 'bg-rose-100 text-rose-800 ring-rose-600/20',
  high: 'bg-orange-100 text-orange-800 ring-orange-600/20',
  medium: 'bg-amber-100 text-amber-800 ring-amber-600/20',
  low: 'bg-sky-100 text-sky-800 ring-sky-600/20',
  informational: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  good: 'bg-emerald-100 text-emerald-800 ring-emerald-600/20',
  bad: 'bg-rose-100 text-rose-800 ring-rose-600/20',
} as const;
export type Tone = keyof typeof TONES;

export function Badge({ tone = 'neutral', children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <span
      data-testid={testId}
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

export function severityTone(severity: string): Tone {
  return severity in TONES ? (severity as Tone) : 'neutral';
}
