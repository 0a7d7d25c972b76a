import { MDXRemote } from 'next-mdx-remote/rsc';
import { rehypeDropBlankText } from '@/lib/content/mdx-blank-text';
import { checkMdx } from '@/lib/content/mdx-check';
import { SourceError } from '@/lib/errors';
import { mdxComponents } from './components';

/**
 * Renders stored MDX. It was checked on the way in; it is checked again here so that no path into the
 * database (an old row, a hand edit) can make a page run JavaScript. blockJS stays on as a third wall.
 */
export async function Markdown({ source, label }: { source: string; label: string }) {
  try {
    checkMdx(source, label);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    return (
      <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-800">This section could not be shown: {err.message}</p>
    );
  }
  return (
    <div className="prose-tl">
      <MDXRemote
        source={source}
        components={mdxComponents}
        options={{ blockJS: true, blockDangerousJS: true, mdxOptions: { rehypePlugins: [rehypeDropBlankText] } }}
      />
    </div>
  );
}
