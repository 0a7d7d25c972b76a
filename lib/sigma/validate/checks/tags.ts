import { ATTACK_TAG_ISSUES, checkAttackTag } from './attack-tags';
import { truncate } from './schema-messages';
import type { AttackTagCatalog, Check, CheckContext } from './types';

/** The tag pattern of the Sigma schema. */
export const TAG_PATTERN = /^[a-z0-9_-]+\.[a-z0-9._-]+$/;

/** Sigma's tag namespaces (tags appendix v2.1.0) and, where the appendix fixes them, the names allowed in each. */
const NAMESPACES: Readonly<Record<string, RegExp | undefined>> = {
  attack: undefined,
  car: /^\d{4}-\d{2}-\d{3}$/,
  cve: /^\d{4}-\d{4,}$/,
  d3fend: undefined,
  detection: /^(dfir|emerging-threats|threat-hunting)$/,
  stp: /^[1-5][auk]?$/,
  tlp: /^(red|amber|amber-strict|green|clear)$/,
};

export const tagsCheck: Check = {
  name: 'tags',
  issues: {
    TAG_FORMAT: { severity: 'error', description: "a tag is not 'namespace.name' in lowercase" },
    TAG_UNKNOWN_NAMESPACE: {
      severity: 'warning',
      description: 'a tag uses a namespace the Sigma tags appendix does not define',
    },
    TAG_UNKNOWN_NAME: {
      severity: 'warning',
      description: "a tag's name is not one its namespace allows (detection., tlp., cve., car., stp.)",
    },
    TAG_TECHNIQUE_MISSING: { severity: 'error', description: "the rule is not tagged with the detection's technique" },
    ...ATTACK_TAG_ISSUES,
  },
  run(ctx) {
    const tags = ctx.rule.data.tags;
    if (!Array.isArray(tags)) return;
    tags.forEach((tag, i) => {
      if (typeof tag !== 'string') return;
      const path = ['tags', i];
      if (!TAG_PATTERN.test(tag)) {
        const suggestion = suggestTag(tag, ctx.catalog);
        const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
        ctx.report(
          'TAG_FORMAT',
          path,
          `tags[${i}]: '${truncate(tag)}' does not match the tag pattern namespace.name (lowercase letters, digits, '_', '-', '.')${hint}`,
        );
        return;
      }
      const dot = tag.indexOf('.');
      const namespace = tag.slice(0, dot);
      const name = tag.slice(dot + 1);
      if (!Object.hasOwn(NAMESPACES, namespace)) {
        ctx.report(
          'TAG_UNKNOWN_NAMESPACE',
          path,
          `tags[${i}]: '${tag}' uses namespace '${namespace}', which is not a Sigma tag namespace (${Object.keys(NAMESPACES).join(', ')})`,
        );
        return;
      }
      const allowed = NAMESPACES[namespace];
      if (allowed && !allowed.test(name)) {
        ctx.report(
          'TAG_UNKNOWN_NAME',
          path,
          `tags[${i}]: '${tag}' is not a valid '${namespace}' tag${namespaceHint(namespace)}`,
        );
      }
      if (namespace === 'attack' && ctx.catalog) checkAttackTag(ctx, ctx.catalog, tag, path);
    });
    checkExpectedTechniques(ctx, tags);
  },
};

function namespaceHint(namespace: string): string {
  if (namespace === 'tlp') return ' (red, amber, amber-strict, green, clear)';
  if (namespace === 'detection') return ' (dfir, emerging-threats, threat-hunting)';
  if (namespace === 'cve') return " (e.g. 'cve.2021-44228')";
  if (namespace === 'car') return " (e.g. 'car.2016-04-005')";
  return " (e.g. 'stp.3k')";
}

/** A detection page is about a technique; its rule must carry that technique's tag (or a sub-technique's). */
function checkExpectedTechniques(ctx: CheckContext, tags: readonly unknown[]): void {
  const expected = ctx.expectedTechniques;
  if (!expected || expected.length === 0) return;
  const tagged = new Set(tags.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase()));
  for (const id of expected) {
    const tag = `attack.${id.toLowerCase()}`;
    const covered = tagged.has(tag) || [...tagged].some((t) => t.startsWith(`${tag}.`));
    if (!covered)
      ctx.report(
        'TAG_TECHNIQUE_MISSING',
        ['tags'],
        `the detection is about ${id.toUpperCase()}, but the rule has no '${tag}' tag`,
      );
  }
}

/** What the author probably meant: 'attack.T1020' -> 'attack.t1020', 'Exfiltration' -> 'attack.exfiltration'. */
export function suggestTag(tag: string, catalog: AttackTagCatalog | undefined): string | undefined {
  const technique = /\bt(\d{4}(?:\.\d{3})?)\b/i.exec(tag);
  if (technique) return `attack.t${technique[1]}`;
  const normalised = tag.trim().toLowerCase().replace(/\s+/g, '-');
  if (TAG_PATTERN.test(normalised)) return normalised;
  if (catalog?.tacticByShortname.has(normalised)) return `attack.${normalised}`;
  return undefined;
}
