import type { PublicChangeItem } from '../queries/public-changes';
import { urls } from '../urls';
import { PUBLISHED } from '../vocabulary';
import { CHANGE_VERBS, changeEntryId } from './change-json';
import { el, textEl, XML_DECLARATION } from './xml';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** Used as the feed's date when it has no entry: the format requires one. */
const NO_CHANGES = new Date(Date.UTC(2026, 0, 1));

export interface AtomOptions {
  /** The feed's own URL (root-relative), and the search page showing the same detections. */
  self: string;
  alternate: string;
  /** Words for the filters, for the title; empty for the whole catalog. */
  filters: string;
  /** Makes our links absolute on TRIPLINE_URL; without it they stay relative to the feed (xml:base is not needed). */
  link: (path: string) => string;
}

function entry(c: PublicChangeItem, link: (path: string) => string): string {
  const d = c.detection;
  const verb = CHANGE_VERBS[c.kind as keyof typeof CHANGE_VERBS] ?? c.kind;
  const what =
    c.kind === 'withdrawn'
      ? `Withdrawn from the catalog (revision ${c.revision} was public).`
      : `Revision ${c.revision}${c.message ? `: ${c.message}` : ''}.`;
  // A withdrawn detection's page is gone; the feed still links to where it was, so readers can tell which it was.
  const href =
    d.status === PUBLISHED ? link(urls.detection(d.slug)) : link(urls.search(new URLSearchParams({ q: d.slug })));
  return el('entry', {}, [
    textEl('id', changeEntryId(c)),
    textEl('title', `${verb}: ${d.title}`),
    textEl('updated', c.at.toISOString()),
    el('link', { rel: 'alternate', type: 'text/html', href }),
    el('category', { term: c.kind, label: verb }),
    ...d.techniques.map((t) => el('category', { term: t.techniqueId, scheme: 'https://attack.mitre.org/techniques/' })),
    el('category', { term: `severity:${d.severity}`, label: `Severity ${d.severity}` }),
    textEl('summary', `${what} ${d.summary}`),
  ]);
}

/** An Atom 1.0 feed (RFC 4287) of public changes, newest first. */
export function changesAtom(changes: PublicChangeItem[], o: AtomOptions): string {
  const updated = new Date(Math.max(NO_CHANGES.getTime(), ...changes.map((c) => c.at.getTime())));
  const feed = el('feed', { xmlns: ATOM_NS }, [
    textEl('id', `tag:tripline,2026:changes${o.self.includes('?') ? o.self.slice(o.self.indexOf('?')) : ''}`),
    textEl('title', o.filters ? `Tripline changes: ${o.filters}` : 'Tripline: detections added, changed and withdrawn'),
    textEl('updated', updated.toISOString()),
    el('link', { rel: 'self', type: 'application/atom+xml', href: o.link(o.self) }),
    el('link', { rel: 'alternate', type: 'text/html', href: o.link(o.alternate) }),
    el('author', {}, textEl('name', 'Tripline')),
    textEl('generator', 'Tripline'),
    ...changes.map((c) => entry(c, o.link)),
  ]);
  return `${XML_DECLARATION}${feed}\n`;
}
