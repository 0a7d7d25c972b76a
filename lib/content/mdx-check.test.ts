import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors';
import { checkMdx } from './mdx-check';

const problem = (body: string) => {
  try {
    checkMdx(body, 'x.mdx', 10);
    return null;
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    return { code: err.code, line: err.line, message: err.message };
  }
};

describe('checkMdx', () => {
  it('accepts Markdown, code and the allowed components', () => {
    expect(
      problem(
        '# T\n\nSome **bold** `{code}` and [a link](https://attack.mitre.org/) [local](/techniques).\n\n```kql\nT | where x == "{y}"\n```\n\n<Callout type="warning" title="Note">Careful</Callout>\n',
      ),
    ).toBeNull();
  });

  it.each([
    ['an expression', 'a {process.env.SECRET} b', 'mdx-expression'],
    ['an import', "import x from 'y'", 'mdx-esm'],
    ['an export', 'export const a = 1', 'mdx-esm'],
    ['a script tag', '<script>alert(1)</script>', 'mdx-component'],
    ['an expression attribute', '<Callout title={x}>a</Callout>', 'mdx-attribute'],
    ['an unknown attribute', '<Callout onClick="x">a</Callout>', 'mdx-attribute'],
    ['a prototype name as component', '<constructor />', 'mdx-component'],
    ['hasOwnProperty as component', '<hasOwnProperty a="x"/>', 'mdx-component'],
    ['a javascript: link', '[click](javascript:alert(1))', 'mdx-url'],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)', 'mdx-url'],
    ['a javascript: definition', '[x]: JavaScript:alert(1)\n\n[y][x]', 'mdx-url'],
  ])('rejects %s', (_name, body, code) => {
    expect(problem(body)?.code).toBe(code);
  });

  it('reports the line in the real file', () => {
    expect(problem('fine\n\nstill fine\n\n{bad}')?.line).toBe(14);
  });
});
