import { urls } from '@/lib/urls';

interface TechniqueRef {
  id: string;
  name: string;
  url: string;
  parent: { id: string; name: string; url: string } | null;
  tactics: Array<{ tactic: { id: string; name: string; shortname: string } }>;
}

const link = 'font-medium text-slate-900 hover:text-brand-700';

/** Tactic, technique, sub-technique and the canonical ATT&CK link, for each mapped technique. */
export function AttackMapping({ techniques }: { techniques: TechniqueRef[] }) {
  return (
    <div className="space-y-4">
      {techniques.map((t) => {
        const top = t.parent ?? t;
        return (
          <dl
            key={t.id}
            className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr] [&>dt]:font-medium [&>dt]:text-slate-500"
          >
            <dt>Tactic</dt>
            <dd data-testid="mapping-tactic">
              {t.tactics.map(({ tactic }, i) => (
                <span key={tactic.id}>
                  {i > 0 ? ', ' : null}
                  <a href={urls.tactic(tactic.shortname)} className={link}>
                    {tactic.name}
                  </a>{' '}
                  <span className="font-mono text-xs text-slate-500">{tactic.id}</span>
                </span>
              ))}
            </dd>
            <dt>Technique</dt>
            <dd data-testid="mapping-technique">
              <a href={urls.technique(top.id)} className={link}>
                <span className="font-mono">{top.id}</span> {top.name}
              </a>
            </dd>
            {t.parent ? (
              <>
                <dt>Sub-technique</dt>
                <dd data-testid="mapping-subtechnique">
                  <a href={urls.technique(t.id)} className={link}>
                    <span className="font-mono">{t.id}</span> {t.name}
                  </a>
                </dd>
              </>
            ) : null}
            <dt>Canonical reference</dt>
            <dd>
              <a
                href={t.url}
                data-testid="mapping-reference"
                className="break-all text-brand-700 hover:underline"
                rel="noopener noreferrer"
                target="_blank"
              >
                {t.url}
              </a>
            </dd>
          </dl>
        );
      })}
    </div>
  );
}
