import { coverageClass } from '@/lib/attack/matrix-view';

export function CoverageLegend() {
  const steps = [
    { n: 0, label: 'none' },
    { n: 1, label: '1' },
    { n: 2, label: '2–3' },
    { n: 4, label: '4+' },
  ];
  return (
    <div className="flex items-center gap-3 text-xs text-slate-600">
      <span>Detections:</span>
      {steps.map((s) => (
        <span key={s.n} className="flex items-center gap-1">
          <span className={`inline-block h-3 w-5 rounded-sm border ${coverageClass(s.n)}`} />
          {s.label}
        </span>
      ))}
    </div>
  );
}
