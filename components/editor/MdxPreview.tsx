// The preview of an editor's MDX, rendered on the server by the public page's own renderer (components/mdx): what
// readers will see, or, for MDX the portal refuses, where and why (it never runs: Markdown checks it first).
import { Markdown } from '@/components/mdx/Markdown';
import { mdxProblem } from '@/lib/content/mdx-check';

export function MdxPreview({ source }: { source: string }) {
  if (!source.trim()) return <p className="text-sm text-slate-400">Nothing to preview yet.</p>;
  const problem = mdxProblem(source);
  if (problem) {
    return (
      <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-800" data-testid="mdx-refused">
        Line {problem.line}, column {problem.column}: {problem.message}
      </p>
    );
  }
  return <Markdown source={source} label="preview" />;
}
