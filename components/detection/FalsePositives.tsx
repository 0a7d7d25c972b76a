import { Markdown } from '@/components/mdx/Markdown';

interface Props {
  items: Array<{ title: string; detail: string }>;
  tuningMdx: string;
  platformName: string;
}

export async function FalsePositives({ items, tuningMdx, platformName }: Props) {
  return (
    <div className="space-y-6">
      <ul className="space-y-3">
        {items.map((fp) => (
          <li
            key={fp.title}
            data-testid="false-positive"
            className="rounded-lg border border-slate-200 bg-slate-50/60 p-4"
          >
            <p className="font-medium text-slate-900">{fp.title}</p>
            <p className="mt-1 text-sm leading-6 text-slate-600">{fp.detail}</p>
          </li>
        ))}
      </ul>
      {tuningMdx ? (
        <div data-testid="tuning">
          <h3 className="mb-2 text-sm font-semibold text-slate-900">{`Tuning in ${platformName}`}</h3>
          <Markdown source={tuningMdx} label="tuning" />
        </div>
      ) : null}
    </div>
  );
}
