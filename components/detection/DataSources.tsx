interface Props {
  platformName: string;
  dataSources: Array<{ connector: string; dataSource: { name: string } }>;
  tables: string[];
}

export function DataSources({ platformName, dataSources, tables }: Props) {
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_14rem]">
      <div>
        <h3 className="caps mb-2">{`Logs and how ${platformName} ingests them`}</h3>
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {dataSources.map((d) => (
            <li
              key={d.dataSource.name}
              data-testid="data-source"
              className="flex flex-col gap-0.5 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4"
            >
              <b className="font-medium text-slate-900">{d.dataSource.name}</b>
              <span className="text-sm text-slate-600">{d.connector}</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="caps mb-2">Required tables</h3>
        <ul className="flex flex-wrap gap-2">
          {tables.map((t) => (
            <li key={t} data-testid="required-table" className="chip py-1 text-[13px] text-slate-800">
              {t}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
