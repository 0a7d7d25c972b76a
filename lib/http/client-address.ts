import { isIP } from 'node:net';

// Who a request comes from, for per-client limits. Only addresses are facts here: the socket's peer, and the
// X-Forwarded-For entries that proxies we trust appended. Anything a client writes itself is ignored, or sending
// a new X-Forwarded-For with every request would make a new client every time.

/**
 * TRUST_PROXY: how many reverse proxies in front of the portal append the address they saw to X-Forwarded-For
 * (1 behind one nginx). Unset or 0: none, the socket's peer is the client. Set it only when the portal cannot be
 * reached except through those proxies.
 */
export function trustedProxyHops(value: string | undefined): number {
  const raw = value?.trim() ?? '';
  if (raw === '') return 0;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  throw new Error(
    `TRUST_PROXY must be the number of proxies in front of the portal (e.g. 1 behind nginx), got "${raw}"`,
  );
}

/**
 * The client's address: the entry `hops` places left of the socket's peer in the X-Forwarded-For chain, so the
 * one the outermost trusted proxy saw. A chain shorter than that, or an entry that is not an address, falls back
 * to the leftmost trusted fact rather than to anything the client wrote. Null when the socket has no address to
 * tell (a Unix socket, or one Node could not read): no trusted fact names the client, and lumping such requests
 * under one made-up name would make them one client.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string | null {
  const socket = normaliseAddress(socketAddress ?? '');
  if (hops === 0) return socket;
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...listed, socketAddress ?? ''];
  // Fewer entries than trusted proxies: the request skipped one; the leftmost entry is the best we know.
  const at = Math.max(0, chain.length - 1 - hops);
  const trusted = chain.slice(at).map(normaliseAddress);
  return trusted.every(Boolean) ? (trusted[0] as string) : socket;
}

/**
 * One key per client: IPv4 as is, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64 network, which is what one
 * subscriber gets and can pick addresses from at will. Null for anything that is not an address.
 */
export function normaliseAddress(raw: string): string | null {
  let address = raw.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:443" are how some proxies write an address with its port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  const version = isIP(address);
  if (version === 4) return address;
  if (version === 6) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
  return null;
}

/**
 * The network a normalised client address (normaliseAddress) belongs to when many addresses are one party: an IPv6
 * /64 widens to its /48; an IPv4 address stays itself, as addresses are scarce and shared behind NAT.
 */
export function wideNetwork(address: string): string {
  const v6 = /^([0-9a-f]+):([0-9a-f]+):([0-9a-f]+):[0-9a-f]+::\/64$/.exec(address);
  return v6 ? `${v6[1]}:${v6[2]}:${v6[3]}::/48` : address;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded, lower case, no leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const left = part(head);
  const right = part(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((g) => (g.includes('.') ? g : Number.parseInt(g, 16).toString(16)));
}
