// A rehype plugin for rendering stored MDX: drops the line breaks Markdown leaves between block elements (between
// list items, between paragraphs). A browser ignores them there, but each is a text node React carries in a page's
// payload as well as in its HTML. Whitespace inside paragraphs, <pre> and inline elements is text and stays.
import { visit } from 'unist-util-visit';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  children?: Node[];
}

const BLOCK_PARENTS = new Set(['ul', 'ol', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr']);

const holdsBlocks = (node: Node) =>
  node.type === 'root' || (node.type === 'element' && BLOCK_PARENTS.has(node.tagName ?? ''));
const blank = (node: Node) => node.type === 'text' && /^\s*$/.test(node.value ?? '');

export function rehypeDropBlankText() {
  return (tree: Node) => {
    visit(tree, (node: Node) => {
      if (holdsBlocks(node) && node.children) node.children = node.children.filter((child) => !blank(child));
    });
  };
}
