// convertRule: one Sigma rule to one SIEM's query, with the gap report. The rule's detection is built once into a
// target-independent expression (build.ts); the log-source pipeline names the SIEM's tables and fields; the
// backend writes the query. Findings say what could not be expressed (errors: no query) and what was approximated.

import { BACKENDS } from './backends';
import type { QueryField } from './backends/types';
import { buildExpression } from './build';
import { Gaps } from './gaps';
import { type Expr, type Leaf, leaves } from './ir';
import { choosePipeline, describeLogsource, type FieldTarget, mapField, type TargetSource } from './pipelines';
import { renderExpr } from './render';
import { type ConvertFinding, type ConvertOptions, type ConvertResult, LANGUAGES, type Target } from './types';
import { CONVERTER_VERSION } from './version';

/** The target-independent part of a conversion, reusable for every target. */
export interface PreparedRule {
  rule: Record<string, unknown>;
  expr: Expr | undefined;
  findings: readonly ConvertFinding[];
  options: ConvertOptions;
}

export function prepareRule(rule: Record<string, unknown>, options: ConvertOptions = {}): PreparedRule {
  const gaps = new Gaps(options.locate);
  const expr = buildExpression(rule, gaps, options.placeholders);
  return { rule, expr, findings: gaps.findings, options };
}

/** Sigma field -> the SIEM's field, each unmapped or approximated field reported where the rule uses it. */
function fieldResolver(source: TargetSource | undefined, target: Target, logsource: string, gaps: Gaps) {
  const cache = new Map<string, FieldTarget | undefined>();
  return (name: string, path: Leaf['path']): Resolved => {
    if (!cache.has(name)) cache.set(name, source ? mapField(source.fields, name) : undefined);
    const mapped = cache.get(name);
    if (!mapped) {
      const where = source
        ? `the ${target} pipeline for ${logsource} has no mapping for it`
        : `no ${target} pipeline knows ${logsource}`;
      gaps.warn('FIELD_UNMAPPED', path, `field '${name}' is written as it is: ${where}`);
      return { name, sigma: name };
    }
    if (mapped.note) {
      gaps.warn(
        'FIELD_APPROXIMATED',
        path,
        `field '${name}' is read from ${mapped.name ?? mapped.expr}: ${mapped.note}`,
      );
    }
    return { ...mapped, sigma: name };
  };
}

/** Where keywords are searched when the pipeline names a field for them (else the backend decides), with why. */
function keywordResolver(source: TargetSource | undefined, gaps: Gaps) {
  return (leaf: Leaf): Resolved | undefined => {
    const keywords = source?.keywords;
    if (!keywords) return undefined;
    const where = keywords.field.name ?? keywords.field.expr;
    gaps.warn('KEYWORD_FIELD', leaf.path, `keywords are searched in ${where}: ${keywords.note}`);
    return { ...keywords.field, within: true };
  };
}

/** A mapped field and the Sigma name it stands for (a bound expression column is named after it). */
type Resolved = FieldTarget & { sigma?: string };

export function convertPrepared(prepared: PreparedRule, target: Target): ConvertResult {
  const gaps = new Gaps(prepared.options.locate);
  for (const f of prepared.findings) gaps.findings.push(f);
  const backend = BACKENDS[target];
  const logsource = prepared.rule.logsource;
  const pipeline = choosePipeline(logsource);
  const source = pipeline?.targets[target];
  const base = { target, language: LANGUAGES[target], converterVersion: CONVERTER_VERSION };
  const dataSources = source ? [source.dataSource] : [];
  const tables = source ? [...source.tables] : [];
  if (!prepared.expr) return { ...base, ok: false, findings: gaps.findings, dataSources, tables };

  const described = describeLogsource(logsource);
  if (!source) {
    gaps.warn(
      'LOGSOURCE_UNMAPPED',
      ['logsource'],
      `no ${target} pipeline knows ${described}: the query searches every source and keeps Sigma's field names`,
    );
  }
  const all = leaves(prepared.expr);
  const resolve = fieldResolver(source, target, described, gaps);
  const keywordsIn = keywordResolver(source, gaps);
  const targetOf = (leaf: Leaf) => (leaf.field === undefined ? keywordsIn(leaf) : resolve(leaf.field, leaf.path));
  const mode = backend.mode?.(all, targetOf) ?? '';
  const bindings = new Map<string, string>();
  const queryField = (spec: Resolved): QueryField => {
    let target: FieldTarget = spec;
    if (spec.expr && spec.sigma && backend.binds) {
      const name = spec.sigma.replace(/[^A-Za-z0-9_]/g, '_');
      bindings.set(name, spec.expr);
      target = { name };
    }
    return {
      ref: backend.field(target, mode),
      ...(spec.type ? { type: spec.type } : {}),
      ...(spec.within ? { within: true } : {}),
      ...(spec.words ? { words: true } : {}),
      ...(spec.values ? { values: spec.values } : {}),
    };
  };
  const fieldOf = (leaf: Leaf) => {
    const spec = targetOf(leaf);
    return spec ? queryField(spec) : undefined;
  };
  const ctx = { gaps, mode, fieldOf: (name: string, path: Leaf['path']) => queryField(resolve(name, path)) };
  const condition = renderExpr(prepared.expr, backend, fieldOf, ctx);
  const filters = (source?.filters ?? []).map((filter) =>
    backend.filter(queryField(typeof filter.field === 'string' ? { name: filter.field } : filter.field), filter.values),
  );
  if (gaps.failed) return { ...base, ok: false, findings: gaps.findings, dataSources, tables };
  const compound = prepared.expr.kind === 'or';
  const query = backend.query({
    source,
    filters,
    condition,
    compound,
    mode,
    bindings: [...bindings].map(([name, expr]) => ({ name, expr })),
  });
  return { ...base, ok: true, query, findings: gaps.findings, dataSources, tables };
}

/** One rule (the `data` of a rule from lib/sigma/read) to one target's query and its gap report. */
export function convertRule(
  rule: Record<string, unknown>,
  target: Target,
  options: ConvertOptions = {},
): ConvertResult {
  return convertPrepared(prepareRule(rule, options), target);
}
