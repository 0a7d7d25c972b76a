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
    ['an expression', 'a {process.env.SECRET} b', 'MDX_EXPRESSION'],
    ['an import', "import x from 'y'", 'MDX_ESM'],
    ['an export', 'export const a = 1', 'MDX_ESM'],
    ['a script tag', '<script>alert(1)</script>', 'MDX_COMPONENT'],
    ['an expression attribute', '<Callout title={x}>a</Callout>', 'MDX_ATTRIBUTE'],
    ['an unknown attribute', '<Callout onClick="x">a</Callout>', 'MDX_ATTRIBUTE'],
    ['a prototype name as component', '<constructor />', 'MDX_COMPONENT'],
    ['hasOwnProperty as component', '<hasOwnProperty a="x"/>', 'MDX_COMPONENT'],
    ['a javascript: link', '[click](javascript:alert(1))', 'MDX_URL'],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)', 'MDX_URL'],
    ['a javascript: definition', '[x]: JavaScript:alert(1)\n\n[y][x]', 'MDX_URL'],
  ])('rejects %s', (_name, body, code) => {
    expect(problem(body)?.code).toBe(code);
  });

  it('reports the line in the real file', () => {
    expect(problem('fine\n\nstill fine\n\n{bad}')?.line).toBe(14);
  });
});
