import { describe, expect, it } from 'vitest';
import type { PublicChangeItem } from '../queries/public-changes';
import { changesAtom } from './atom';
import { atomProblems, childNamed, childrenNamed, parseXml } from './testing';
import { el, escapeXml, textEl } from './xml';

const change = (seq: number, kind: string, status: string, title = 'Traffic Duplication'): PublicChangeItem => ({
  seq,
  kind,
  revision: 2,
  at: new Date(Date.UTC(2026, 11, seq)),
  message: kind === 'withdrawn' ? null : 'Imported from content/',
  detection: {
    id: 'cm0abc',
    slug: 'traffic-duplication',
    title,
    summary: 'Mirrored traffic <leaves> the network & goes "elsewhere".',
    severity: 'high',
    status,
    source: 'tripline',
    techniques: [{ techniqueId: 'T1020.001' }],
  },
});
const OPTIONS = {
  self: '/changes.atom?severity=high',
  alternate: '/search?severity=high',
  filters: '',
  link: (p: string) => p,
};

describe('changesAtom', () => {
  it('is an Atom 1.0 feed meeting every MUST of RFC 4287, newest entry first as given', () => {
    const xml = changesAtom([change(3, 'withdrawn', 'draft'), change(2, 'changed', 'published')], OPTIONS);
    const feed = parseXml(xml);
    expect(atomProblems(feed)).toEqual([]);
    expect(childNamed(feed, 'updated')?.text).toBe('2026-12-03T00:00:00.000Z');
    const [withdrawn, changed] = childrenNamed(feed, 'entry');
    expect(childNamed(withdrawn as never, 'title')?.text).toBe('Withdrawn: Traffic Duplication');
    expect(childNamed(changed as never, 'summary')?.text).toBe(
      'Revision 2: Imported from content/. Mirrored traffic <leaves> the network & goes "elsewhere".',
    );
    expect(childNamed(changed as never, 'link')?.attrs.href).toBe('/detections/traffic-duplication');
    expect(childNamed(withdrawn as never, 'id')?.text).toBe('tag:tripline,2026:change/cm0abc/3');
    expect(childrenNamed(changed as never, 'category').map((c) => c.attrs.term)).toEqual([
      'changed',
      'T1020.001',
      'severity:high',
    ]);
  });

  it('is still a valid feed with no entries, and links absolutely when given a public base', () => {
    const feed = parseXml(changesAtom([], { ...OPTIONS, link: (p) => `https://t.example${p}` }));
    expect(atomProblems(feed)).toEqual([]);
    expect(childrenNamed(feed, 'link').map((l) => l.attrs.href)).toEqual([
      'https://t.example/changes.atom?severity=high',
      'https://t.example/search?severity=high',
    ]);
  });

  it('stays well formed whatever a title holds', () => {
    const xml = changesAtom([change(1, 'added', 'published', 'A & B <script>\u0001 "q" \'s\' ]]>')], OPTIONS);
    const entry = childNamed(parseXml(xml), 'entry');
    expect(childNamed(entry as never, 'title')?.text).toBe('Added: A & B <script> "q" \'s\' ]]>');
  });
});

describe('xml writing', () => {
  it('escapes text and attributes and leaves out undefined attributes', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(el('link', { href: 'a?b=1&c=2', rel: undefined })).toBe('<link href="a?b=1&amp;c=2"/>');
    expect(textEl('title', '')).toBe('<title/>');
  });
});

describe('the test XML reader', () => {
  it.each([
    ['<a><b></a></b>', /closes/],
    ['<a>&</a>', /unescaped &/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a x="1" x="2"/>', /twice/],
    ['<a>', /never closed/],
    ['<a/><b/>', /more than one root/],
  ])('refuses %s', (xml, problem) => {
    expect(() => parseXml(xml)).toThrow(problem);
  });

  it('finds what an Atom feed lacks', () => {
    const feed = parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id></entry></feed>');
    expect(atomProblems(feed)).toEqual(
      expect.arrayContaining([
        'the feed has 0 <id>',
        'the feed has no <author> and not every entry has one',
        'entry 1 has 0 <title>',
        'entry 1 has neither content nor an alternate link',
        'entry 1\'s id "x" is not an absolute IRI',
      ]),
    );
  });
});
