'use client';

import { useEffect, useRef, useState } from 'react';
import { type SearchQuery, toSearchParams } from '@/lib/search/query';
import { urls } from '@/lib/urls';

interface Answer {
  slug: string;
  title: string;
  summary: string;
}
interface Answers {
  q: string;
  total: number;
  items: Answer[];
}

const DEBOUNCE_MS = 250;
const SHOWN = 6;

/**
 * Answers as you type: while the search box holds words other than the page's, the first detections for them, asked
 * of /api/v1/detections after a pause in typing. Without JavaScript there is nothing here and the form works as is.
 */
export function LiveResults({ query }: { query: SearchQuery }) {
  const [answers, setAnswers] = useState<Answers | null>(null);
  const pending = useRef<AbortController | null>(null);

  useEffect(() => {
    const input = document.getElementById('search-q') as HTMLInputElement | null;
    if (!input) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        pending.current?.abort();
        if (!q || q === query.q) return setAnswers(null);
        const controller = new AbortController();
        pending.current = controller;
        // The API refuses `source`; the filters it takes narrow the answers as the page would.
        const params = toSearchParams({ ...query, q, page: 1, source: undefined });
        params.set('pageSize', String(SHOWN));
        try {
          const response = await fetch(`${urls.api.detections()}?${params}`, { signal: controller.signal });
          if (!response.ok) return;
          const body = (await response.json()) as { data: Answer[]; total: number };
          setAnswers({ q, total: body.total, items: body.data });
        } catch {
          // Aborted by the next keystroke, or offline: the form still searches.
        }
      }, DEBOUNCE_MS);
    };
    input.addEventListener('input', onInput);
    return () => {
      clearTimeout(timer);
      input.removeEventListener('input', onInput);
      pending.current?.abort();
    };
  }, [query]);

  if (!answers) return null;
  return (
    <section
      aria-live="polite"
      aria-label="Answers as you type"
      data-testid="live-results"
      className="mt-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
    >
      <p className="text-xs text-slate-500">
        {answers.total} detection{answers.total === 1 ? '' : 's'} for “{answers.q}”; press Enter for all of them.
      </p>
      <ul className="mt-1 divide-y divide-slate-100">
        {answers.items.map((a) => (
          <li key={a.slug} className="py-1.5">
            <a href={urls.detection(a.slug)} className="text-sm font-medium text-brand-700 hover:underline">
              {a.title}
            </a>
            <p className="truncate text-xs text-slate-500">{a.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
