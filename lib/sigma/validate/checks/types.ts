import type { AttackCatalog } from '../../../attack/catalog';
import type { PathSegment } from '../../../text/yaml-path';
import type { Position, Severity } from '../../findings';
import type { SigmaRule } from '../../read/collection';
import type { Located } from '../../read/locate';
import type { LoadedYaml } from '../../read/yaml/load';
import type { SchemaValidator } from '../schema-validator';

/** The part of the ATT&CK catalog tag checks need: plain data, so tests can pass a small one they build. */
export type AttackTagCatalog = Pick<AttackCatalog, 'version' | 'byId' | 'tacticByShortname'>;

/** What a check can report, and how serious each issue is: the severity belongs to the issue, not the call site. */
export interface Issue {
  severity: Severity;
  /** One line for people reading the list of codes. */
  description: string;
}

export interface CheckContext {
  rule: SigmaRule;
  yaml: LoadedYaml;
  schema: SchemaValidator;
  catalog?: AttackTagCatalog;
  /** Technique IDs the rule must be tagged with (the detection's own), when the caller knows them. */
  expectedTechniques?: readonly string[];
  locate(path: readonly PathSegment[]): Located;
  /** `at` overrides the position of `path`, e.g. a column inside the condition. */
  report(code: string, path: readonly PathSegment[], message: string, at?: Position): void;
  /** Whether an earlier check already reported an error for this rule at `path` or at a part of the rule holding it. */
  errorReportedAt(path: readonly PathSegment[]): boolean;
}

export interface Check {
  name: string;
  issues: Readonly<Record<string, Issue>>;
  run(ctx: CheckContext): void;
}
