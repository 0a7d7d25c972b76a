// IPv4 and IPv6 networks for the `cidr` modifier. An address of one family never falls inside a network of
// the other: an IPv4-mapped IPv6 address is not an IPv4 address in the event's own terms.

export interface Network {
  family: 4 | 6;
  /** IPv4: two 16-bit groups; IPv6: eight. */
  groups: number[];
  prefix: number;
}

function parseIPv4Groups(text: string): number[] | null {
  const octets = text.split('.');
  if (octets.length !== 4) return null;
  const bytes: number[] = [];
  for (const octet of octets) {
    if (!/^\d{1,3}$/.test(octet)) return null;
    const n = Number(octet);
    if (n > 255) return null;
    bytes.push(n);
  }
  const [a = 0, b = 0, c = 0, d = 0] = bytes;
  return [(a << 8) | b, (c << 8) | d];
}

function parseHexGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups: number[] = [];
  for (const group of text.split(':')) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
    groups.push(parseInt(group, 16));
  }
  return groups;
}

function parseIPv6Groups(input: string): number[] | null {
  let text = input.replace(/%.*$/, '');
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (lastColon !== -1 && text.includes('.', lastColon)) {
    const v4 = parseIPv4Groups(text.slice(lastColon + 1));
    if (!v4) return null;
    tail = v4;
    const head = text.slice(0, lastColon + 1);
    text = head.endsWith('::') ? head : head.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = parseHexGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseHexGroups(halves[1] ?? '') : [];
  if (!head || !rest) return null;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 2) {
    if (known > 7) return null;
    return [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
  }
  return known === 8 ? [...head, ...tail] : null;
}

export function parseAddress(text: string): { family: 4 | 6; groups: number[] } | null {
  if (text.includes(':')) {
    const groups = parseIPv6Groups(text);
    return groups ? { family: 6, groups } : null;
  }
  const groups = parseIPv4Groups(text);
  return groups ? { family: 4, groups } : null;
}

export function parseCidr(text: string): Network | null {
  const [address = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const parsed = parseAddress(address);
  if (!parsed) return null;
  const bits = parsed.family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  return { ...parsed, prefix };
}

export function inNetwork(network: Network, addressText: string): boolean {
  const address = parseAddress(addressText.trim());
  if (!address || address.family !== network.family) return false;
  let remaining = network.prefix;
  for (let i = 0; remaining > 0; i++, remaining -= 16) {
    const take = Math.min(16, remaining);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((address.groups[i] ?? 0) & mask) !== ((network.groups[i] ?? 0) & mask)) return false;
  }
  return true;
}
