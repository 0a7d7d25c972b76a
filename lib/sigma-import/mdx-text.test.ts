import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../content/mdx-check';
import { mdxSafeText, paragraphsOf } from './mdx-text';

const HOSTILE = [
  '<script>alert(document.cookie)</script>',
  '{process.env.DATABASE_URL}',
  "import x from 'y'",
  'export const secret = process.env',
  'Import os and exports: import\tfs from "fs"',
  '<Callout type="warning">not ours to place</Callout> and <img src=x onerror=alert(1)>',
  '{/* a comment */} {1 + 1} }{ unbalanced {',
  '# Not a heading\n\n## Nor this',
  '- not a list\n\n+ nor this\n\n* nor this\n\n1. nor this\n\n2) nor this',
  '> not a quote',
  '[a link](javascript:alert(1)) ![an image](http://x/y.png) <http://autolink.example> https://bare.example/a_b_c',
  '`code` *em* _em_ **strong** ~~strike~~ $x$ ^sup',
  '&amp; &lt;b&gt; &#123; \\{ \\ trailing backslash \\',
  '| a | b |\n|---|---|\n| c | d |',
  '---\n\n***\n\n___',
  '<!-- html comment --> <?php echo 1; ?> <![CDATA[x]]>',
  '    indented code\n\tand a tab',
  'Détecte l’exécution — 日本語, emoji 😀 and Cyrillic а',
  'first line\r\nsecond line\r\n\r\nnew paragraph',
];

const parser = unified().use(remarkParse).use(remarkMdx);

/** The text a reader sees, paragraph by paragraph, and every node type the MDX parser made of the source. */
function reading(mdx: string): { paragraphs: string[]; types: Set<string> } {
  const tree = parser.parse(mdx) as Node & { children: Node[] };
  const types = new Set<string>();
  visit(tree, (node: Node) => void types.add(node.type));
  const paragraphs = tree.children.map((p) => {
    let text = '';
    visit(p, 'text', (node: Node & { value?: string }) => {
      text += node.value ?? '';
    });
    return text;
  });
  return { paragraphs, types };
}

describe('mdxSafeText', () => {
  it.each(HOSTILE)('renders %j as literal text and nothing else', async (input) => {
    const mdx = mdxSafeText(input);
    expect(() => checkMdx(mdx, 'description')).not.toThrow();
    const { paragraphs, types } = reading(mdx);
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
    expect(paragraphs).toEqual(paragraphsOf(input));
  });

  it('compiles and renders to escaped HTML, with no script, expression or element of its own', async () => {
    const input = "<script>alert(1)</script> {process.env.SECRET}\n\nimport x from 'y'";
    const { default: Content } = await evaluate(mdxSafeText(input), { ...runtime });
    const html = renderToStaticMarkup(createElement(Content));
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; {process.env.SECRET}</p>\n<p>import x from &#x27;y&#x27;</p>',
    );
  });

  it('keeps plain prose readable and splits paragraphs on blank lines only', () => {
    expect(mdxSafeText('Detects the use of cmd.exe, (rarely) seen: 10% of hosts?')).toBe(
      'Detects the use of cmd.exe, (rarely) seen: 10% of hosts?',
    );
    expect(mdxSafeText('one\ntwo\n  \nthree')).toBe('one two\n\nthree');
    expect(mdxSafeText('importance of imports')).toBe('importance of imports');
    expect(mdxSafeText('  \n \n')).toBe('');
  });
});
