export interface TocItem {
  id: string;
  label: string;
}

export function PageToc({ items }: { items: TocItem[] }) {
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">On this page</p>
      <ul className="space-y-1 border-l border-slate-200">
        {items.map((i) => (
          <li key={i.id}>
            <a
              href={`#${i.id}`}
              className="-ml-px block border-l border-transparent py-0.5 pl-3 text-slate-600 hover:border-slate-400 hover:text-slate-900"
            >
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
