// Microsoft's Kusto language service (Bridge.NET build of Kusto.Language), loaded once per process: loading the
// 16 MB script and building the schema costs about a second, a query then takes milliseconds.
import { createRequire } from 'node:module';
import { columnsOf, functionResultSchemas, sentinelFunctions, sentinelTables } from './schema';

/** The small part of the service's API we call (its own typings declare global namespaces we do not load). */
interface KustoDiagnostic {
  Code: string;
  Severity: string;
  Start: number;
  Length: number;
  Message: string;
  HasLocation: boolean;
}
interface KustoList<T> {
  Count: number;
  getItem(index: number): T;
}
interface KustoCode {
  GetDiagnostics(): KustoList<KustoDiagnostic>;
}
interface KustoGlobals {
  WithDatabase(db: unknown): KustoGlobals;
  WithParseOptions(options: unknown): KustoGlobals;
  WithCache(): KustoGlobals;
  ParseOptions: { WithAlwaysProduceEndTokens(value: boolean): unknown };
}
interface KustoLanguage {
  KustoCode: {
    Parse(text: string): KustoCode;
    ParseAndAnalyze(text: string, globals: unknown): KustoCode;
  };
  GlobalState: { Default: KustoGlobals };
  Symbols: {
    TableSymbol: {
      $ctor7: new (name: string, schema: string, description: string) => unknown;
      From(schema: string): unknown;
    };
    FunctionSymbol: { $ctor5: new (name: string, returnType: unknown, parameters: unknown[]) => unknown };
    Parameter: {
      $ctor3: new (
        name: string,
        type: unknown,
        argumentKind: number,
        values: null,
        examples: null,
        isCaseSensitive: boolean,
        defaultValueIndicator: null,
        minOccurring: number,
        maxOccurring: number,
        defaultValue: null,
        description: null,
      ) => unknown;
    };
    ScalarTypes: { GetSymbol(name: string): unknown };
    ArgumentKind: { Expression: number };
    DatabaseSymbol: { $ctor1: new (name: string, members: unknown[], isOpen: boolean) => unknown };
  };
}

export interface KustoService {
  parse(text: string): KustoDiagnostic[];
  analyze(text: string): KustoDiagnostic[];
}

let service: KustoService | undefined;

export function kustoService(): KustoService {
  service ??= loadService();
  return service;
}

function loadService(): KustoService {
  const require = createRequire(import.meta.url);
  // bridge.js defines the global `Bridge` runtime that Kusto.Language.Bridge.js registers its types into.
  require('@kusto/language-service-next/bridge.js');
  require('@kusto/language-service-next/Kusto.Language.Bridge.js');
  const language = (globalThis as unknown as { Kusto: { Language: KustoLanguage } }).Kusto.Language;
  const withDatabase = language.GlobalState.Default.WithDatabase(sentinelDatabase(language));
  // ParseAndAnalyze asks for end tokens; globals that already have them are used as they are, so the symbol and
  // binding caches they carry (WithCache) survive from one query to the next instead of being rebuilt every time.
  const globals = withDatabase.WithParseOptions(withDatabase.ParseOptions.WithAlwaysProduceEndTokens(true)).WithCache();
  const list = (code: KustoCode): KustoDiagnostic[] => {
    const diagnostics = code.GetDiagnostics();
    return Array.from({ length: diagnostics.Count }, (_, i) => diagnostics.getItem(i));
  };
  return {
    parse: (text) => list(language.KustoCode.Parse(text)),
    analyze: (text) => list(language.KustoCode.ParseAndAnalyze(text, globals)),
  };
}

function kustoSchema(columns: { name: string; type: string }[]): string {
  return columns.map((c) => `['${c.name}']:${c.type}`).join(', ');
}

function sentinelDatabase(language: KustoLanguage): unknown {
  const { TableSymbol, FunctionSymbol, DatabaseSymbol, Parameter, ScalarTypes, ArgumentKind } = language.Symbols;
  const members: unknown[] = sentinelTables.map(
    (table) => new TableSymbol.$ctor7(table.name, `(${kustoSchema(columnsOf(table))})`, table.source),
  );
  const results = new Map(functionResultSchemas.map((schema) => [schema.name, schema]));
  for (const fn of sentinelFunctions) {
    const result = results.get(fn.returns);
    if (!result) throw new Error(`Sentinel function ${fn.names[0]} returns unknown schema ${fn.returns}`);
    // A declared result type rather than a body: nothing to expand at each call, and every parameter optional
    // (min 0, max 1) as ASIM's filtering parameters are.
    const returnType = TableSymbol.From(`(${kustoSchema(columnsOf(result))})`);
    const parameters = () =>
      fn.parameters.map((p) => {
        const [name = '', type = ''] = p.split(':');
        const symbol = ScalarTypes.GetSymbol(type);
        if (!symbol) throw new Error(`Sentinel function ${fn.names[0]}: unknown parameter type ${type}`);
        return new Parameter.$ctor3(name, symbol, ArgumentKind.Expression, null, null, false, null, 0, 1, null, null);
      });
    for (const name of fn.names) members.push(new FunctionSymbol.$ctor5(name, returnType, parameters()));
  }
  return new DatabaseSymbol.$ctor1('sentinel', members, false);
}
