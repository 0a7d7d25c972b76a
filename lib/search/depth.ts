import { queryTerms } from './index/terms';

// How deep a search with words may page. Its hits are ranked (index/text-match.ts), and a page past the hits with
// every word in the title ranks every hit, only to skip all but a page of them; a page past 1,000 matches is read by
// no one, and past that the way on is a word or a filter more. Filters alone walk an index in title order and rank
// nothing, so they page to the end.

/** The matches of a search with words that can be paged to, best first. */
export const MAX_TEXT_RESULTS = 1_000;

/**
 * The last page of a search for `q` at `pageSize` a page that may be asked for (its last rows may be fewer than a
 * page, so that no page reaches past MAX_TEXT_RESULTS); null when q holds no words and paging is not limited.
 */
export function lastTextPage(q: string, pageSize: number): number | null {
  return queryTerms(q).length ? Math.ceil(MAX_TEXT_RESULTS / pageSize) : null;
}

/** Why `page` is too deep, in words for a person or a pipeline. */
export function tooDeepReason(last: number, pageSize: number): string {
  return (
    `must be at most ${last} for a search with words at ${pageSize} a page: only its first ` +
    `${MAX_TEXT_RESULTS.toLocaleString('en')} matches are listed; add a word or a filter to narrow it`
  );
}
