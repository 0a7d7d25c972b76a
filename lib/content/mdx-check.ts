import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { SourceError } from '../errors';
import { ALLOWED_MDX_COMPONENTS } from './mdx-allowed';

const parser = unified().use(remarkParse).use(remarkMdx);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode extends Node {
  name?: string | null;
  attributes?: JsxAttribute[];
}

export interface MdxProblem {
  code: string;
  message: string;
  /** 1-based, within the body. */
  line: number;
  column: number;
}

/** The first thing in an MDX body that is not Markdown or an allowed component, or null. */
export function mdxProblem(body: string): MdxProblem | null {
  try {
    checkMdx(body, '');
    return null;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { code: error.code, message: error.message, line: error.line ?? 1, column: error.column ?? 1 };
  }
}

/**
 * Proves an MDX body is Markdown plus our allow-listed components and nothing that could run:
 * no import/export, no {expressions}, no expression attributes, no unknown elements.
 * `line` is where the body starts in its file, so errors point into the real file.
 */
export function checkMdx(body: string, file: string, line = 1): void {
  let tree: Node;
  try {
    tree = parser.parse(body);
  } catch (err) {
    const e = err as { message?: string; line?: number; column?: number; reason?: string };
    throw new SourceError('MDX_SYNTAX', `MDX does not parse: ${e.reason ?? e.message ?? String(err)}`, {
      file,
      line: (e.line ?? 1) + line - 1,
      column: e.column ?? 1,
    });
  }
  const fail = (node: Node, code: string, message: string): never => {
    const start = node.position?.start;
    throw new SourceError(code, message, { file, line: (start?.line ?? 1) + line - 1, column: start?.column ?? 1 });
  };
  visit(tree, (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return fail(node, 'MDX_ESM', 'import and export are not allowed in MDX content');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return fail(
          node,
          'MDX_EXPRESSION',
          'JavaScript expressions in {braces} are not allowed; put code in a fenced code block or `inline code`',
        );
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as JsxNode;
        const name = jsx.name ?? '';
        // hasOwn: a name like "constructor" must not find Object.prototype's members.
        const allowed = Object.hasOwn(ALLOWED_MDX_COMPONENTS, name) ? ALLOWED_MDX_COMPONENTS[name] : undefined;
        if (!allowed) {
          return fail(
            node,
            'MDX_COMPONENT',
            `<${name || '>'}> is not an allowed component (allowed: ${Object.keys(ALLOWED_MDX_COMPONENTS).join(', ')}); write Markdown instead`,
          );
        }
        for (const attr of jsx.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute' || (typeof attr.value !== 'string' && attr.value !== null)) {
            return fail(node, 'MDX_ATTRIBUTE', `<${name}> attributes must be plain strings, not expressions`);
          }
          if (!attr.name || !allowed.includes(attr.name)) {
            return fail(
              node,
              'MDX_ATTRIBUTE',
              `<${name}> has no attribute "${attr.name ?? ''}" (allowed: ${allowed.join(', ') || 'none'})`,
            );
          }
        }
        return undefined;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const url = (node as Node & { url?: string }).url ?? '';
        if (!isSafeUrl(url))
          return fail(
            node,
            'MDX_URL',
            `link to "${url.slice(0, 60)}" is not allowed: use http(s), mailto, or a path on this site`,
          );
        return undefined;
      }
      default:
        return undefined;
    }
  });
}

// javascript:, data:, vbscript: and friends run or smuggle content; a reader clicking a link must only navigate.
function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}
