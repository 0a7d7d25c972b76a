export interface TocItem {
  id: string;
  label: string;
}

export function PageToc({ items }: { items: TocItem[] }) {
  return (
    <nav aria-label="On this page" className="toc text-sm">
      <p className="caps mb-2">On this page</p>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <a href={`#${i.id}`}>{i.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
