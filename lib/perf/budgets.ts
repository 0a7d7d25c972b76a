// What "a light page" means (issue 10, point 7), shared by the deterministic weight test (e2e/page-weight.spec.ts)
// and the Lighthouse command (scripts/lighthouse.ts), so the two cannot drift apart.
import { urls } from '@/lib/urls';

export interface PageBudget {
  name: string;
  path: string;
  /** Bytes of the HTML document as served (uncompressed); undefined when the page has no size target. */
  maxHtmlBytes?: number;
}

export const SEED_PAGE = urls.variant('traffic-duplication', 'qradar');

export const PAGE_BUDGETS: PageBudget[] = [
  // As a document (lib/documents): its 13 sections' markup, some 46 KB of it words, and no React payload repeating
  // them (159.5 KB with it).
  { name: 'seed page', path: SEED_PAGE, maxHtmlBytes: 120_000 },
  { name: 'home', path: urls.home(), maxHtmlBytes: 150_000 },
  { name: 'matrix', path: urls.matrix(), maxHtmlBytes: 150_000 },
  { name: 'search', path: urls.search(new URLSearchParams({ q: 'powershell' })) },
];

/** Lighthouse, mobile emulation, performance category: the lowest score (0-100) and the highest blocking time. */
export const MIN_PERFORMANCE_SCORE = 95;
export const MAX_TOTAL_BLOCKING_MS = 200;

export interface LighthouseResult {
  score: number;
  totalBlockingMs: number;
}

/** Every target a page misses, in words; empty when it meets them all. */
export function missedTargets(budget: PageBudget, htmlBytes: number, lighthouse?: LighthouseResult): string[] {
  const missed: string[] = [];
  if (budget.maxHtmlBytes !== undefined && htmlBytes > budget.maxHtmlBytes) {
    missed.push(`${budget.path}: HTML is ${htmlBytes} bytes, the limit is ${budget.maxHtmlBytes}`);
  }
  if (lighthouse && lighthouse.score < MIN_PERFORMANCE_SCORE) {
    missed.push(`${budget.path}: performance ${lighthouse.score}, at least ${MIN_PERFORMANCE_SCORE} wanted`);
  }
  if (lighthouse && lighthouse.totalBlockingMs >= MAX_TOTAL_BLOCKING_MS) {
    missed.push(
      `${budget.path}: total blocking time ${Math.round(lighthouse.totalBlockingMs)} ms, under ${MAX_TOTAL_BLOCKING_MS} ms wanted`,
    );
  }
  return missed;
}

/** The middle of several runs: Lighthouse's own advice for noisy machines (its variability guide). */
export function median(values: number[]): number {
  if (!values.length) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}
