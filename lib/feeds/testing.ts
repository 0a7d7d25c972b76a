// For tests: a small strict XML reader (enough for our feeds and sitemaps: elements, attributes, text, the five
// entities and numeric references; no DTDs) and the MUSTs of Atom 1.0 (RFC 4287) checked on a parsed feed.

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(raw: string, at: number): string {
  if (raw.includes('<')) throw new Error(`a raw < in text at ${at}`);
  return raw.replace(/&([^;]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`an unescaped & at ${at}`);
    if (name in ENTITIES) return ENTITIES[name] ?? '';
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (!code) throw new Error(`unknown entity &${name}; at ${at}`);
    return String.fromCodePoint(Number.parseInt(code, name.startsWith('#x') ? 16 : 10));
  });
}

/** Parses a document with one root element; throws naming the first thing that is not well formed. */
export function parseXml(xml: string): XmlNode {
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    const top = stack.at(-1) as XmlNode;
    if (text.trim() && top === root) throw new Error(`text outside the root element at ${i}`);
    top.text += decodeText(text, i);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`a malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
    const [whole, close, name = '', rawAttrs = '', selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}> at ${lt}`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of rawAttrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const key = a[1] ?? '';
        if (key in attrs) throw new Error(`attribute ${key} twice on <${name}>`);
        attrs[key] = decodeText(a[2] ?? a[3] ?? '', lt);
      }
      const node: XmlNode = { name, attrs, children: [], text: '' };
      if (top === root && root.children.length) throw new Error('more than one root element');
      top.children.push(node);
      if (!selfClose) stack.push(node);
    }
    i = lt + whole.length;
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  const [only] = root.children;
  if (!only) throw new Error('no root element');
  return only;
}

export const childrenNamed = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
export const childNamed = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** What breaks a MUST of RFC 4287 in a parsed feed; empty when none does. */
export function atomProblems(feed: XmlNode): string[] {
  const problems: string[] = [];
  const need = (n: XmlNode, where: string, name: string, min = 1, max = 1) => {
    const count = childrenNamed(n, name).length;
    if (count < min || count > max) problems.push(`${where} has ${count} <${name}>`);
  };
  if (feed.name !== 'feed' || feed.attrs.xmlns !== 'http://www.w3.org/2005/Atom')
    problems.push('the root is not an Atom <feed>');
  for (const name of ['id', 'title', 'updated']) need(feed, 'the feed', name);
  const entries = childrenNamed(feed, 'entry');
  if (!childNamed(feed, 'author') && entries.some((e) => !childNamed(e, 'author')))
    problems.push('the feed has no <author> and not every entry has one');
  const checkCommon = (n: XmlNode, where: string) => {
    const id = childNamed(n, 'id')?.text ?? '';
    if (!IRI.test(id)) problems.push(`${where}'s id ${JSON.stringify(id)} is not an absolute IRI`);
    const updated = childNamed(n, 'updated')?.text ?? '';
    if (!RFC3339.test(updated)) problems.push(`${where}'s updated ${JSON.stringify(updated)} is not an RFC 3339 date`);
    for (const link of childrenNamed(n, 'link'))
      if (!link.attrs.href) problems.push(`${where} has a link without href`);
    const alternates = childrenNamed(n, 'link').filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
    const pairs = alternates.map((l) => `${l.attrs.type ?? ''}|${l.attrs.hreflang ?? ''}`);
    if (new Set(pairs).size !== pairs.length) problems.push(`${where} has two alternate links of one type`);
    for (const c of childrenNamed(n, 'category'))
      if (!c.attrs.term) problems.push(`${where} has a category without term`);
  };
  checkCommon(feed, 'the feed');
  const ids = new Set<string>();
  entries.forEach((e, k) => {
    const where = `entry ${k + 1}`;
    for (const name of ['id', 'title', 'updated']) need(e, where, name);
    need(e, where, 'summary', 0, 1);
    need(e, where, 'content', 0, 1);
    if (
      !childNamed(e, 'content') &&
      !childrenNamed(e, 'link').some((l) => (l.attrs.rel ?? 'alternate') === 'alternate')
    )
      problems.push(`${where} has neither content nor an alternate link`);
    checkCommon(e, where);
    const id = childNamed(e, 'id')?.text ?? '';
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}`);
    ids.add(id);
  });
  return problems;
}
