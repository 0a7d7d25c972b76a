import type { ReactNode } from 'react';

// Each tone is one class in app/globals.css (.tone-*).
const TONES = ['critical', 'high', 'medium', 'low', 'informational', 'neutral', 'good', 'bad'] as const;
export type Tone = (typeof TONES)[number];

export function Badge({ tone = 'neutral', children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <span data-testid={testId} className={`badge tone-${tone}`}>
      {children}
    </span>
  );
}

export function severityTone(severity: string): Tone {
  return (TONES as readonly string[]).includes(severity) ? (severity as Tone) : 'neutral';
}
