import { describe, expect, it } from 'vitest';
import { rehypeDropBlankText } from './mdx-blank-text';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  children?: Node[];
}
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, ...children: Node[]): Node => ({ type: 'element', tagName, children });

describe('rehypeDropBlankText', () => {
  it('drops line breaks between blocks and keeps every space that is text', () => {
    const tree: Node = {
      type: 'root',
      children: [
        el('p', text('a'), el('strong', text('b')), text(' '), el('em', text('c'))),
        text('\n'),
        el('ul', text('\n'), el('li', text('one '), text('\n')), text('\n'), el('li', text('two')), text('\n')),
        text('\n'),
        el('pre', el('code', text('x\n\n  y'))),
      ],
    };
    rehypeDropBlankText()(tree);
    expect(tree).toEqual({
      type: 'root',
      children: [
        el('p', text('a'), el('strong', text('b')), text(' '), el('em', text('c'))),
        el('ul', el('li', text('one '), text('\n')), el('li', text('two'))),
        el('pre', el('code', text('x\n\n  y'))),
      ],
    });
  });
});
