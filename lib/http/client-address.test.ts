import { describe, expect, it } from 'vitest';
import { clientAddress, normaliseAddress, trustedProxyHops, wideNetwork } from './client-address';

describe('trustedProxyHops', () => {
  it('reads a number of proxies, none when unset', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops(' 1 ')).toBe(1);
    expect(trustedProxyHops('2')).toBe(2);
  });
  it.each(['true', 'yes', '-1', '1.5', 'loopback', '999'])('refuses %j, naming the variable', (value) => {
    expect(() => trustedProxyHops(value)).toThrow(/TRUST_PROXY must be the number of proxies/);
  });
});

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.9', undefined, 0)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', '1.2.3.4, 5.6.7.8', 0)).toBe('127.0.0.1');
  });

  it('behind one proxy, is the address that proxy appended, not what the client wrote before it', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; nginx appended the peer it saw, 203.0.113.9.
    expect(clientAddress('127.0.0.1', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', ['1.1.1.1', '203.0.113.9'], 1)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '203.0.113.9', 1)).toBe('203.0.113.9');
  });

  it('behind two proxies, skips the inner one', () => {
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
  });

  it('falls back to trusted facts when the chain is short or holds something that is not an address', () => {
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.2', '203.0.113.9', 2)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', 'not-an-address', 1)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.9, unknown', 1)).toBe('127.0.0.1');
  });

  it('names no client when the socket has no address to tell, rather than one made-up client for all', () => {
    expect(clientAddress(undefined, undefined, 0)).toBeNull();
    expect(clientAddress(undefined, '203.0.113.9', 1)).toBeNull();
    expect(clientAddress('', '203.0.113.9', 0)).toBeNull();
  });
});

describe('normaliseAddress', () => {
  it('keys IPv4 as is and IPv6 by its /64', () => {
    expect(normaliseAddress('192.0.2.1')).toBe('192.0.2.1');
    expect(normaliseAddress('192.0.2.1:443')).toBe('192.0.2.1');
    expect(normaliseAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normaliseAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('2001:0DB8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8:0:0::/64');
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64');
  });
  it.each(['', 'unknown', '1.2.3', '1.2.3.4.5', '<script>', '2001:db8::1::2'])('refuses %j', (raw) => {
    expect(normaliseAddress(raw)).toBeNull();
  });
});

describe('wideNetwork', () => {
  it('widens an IPv6 /64 to its /48 and leaves an IPv4 address as it is', () => {
    expect(wideNetwork(normaliseAddress('2001:db8:aa:1:2:3:4:5') ?? '')).toBe('2001:db8:aa::/48');
    expect(wideNetwork(normaliseAddress('2001:db8:aa:ffff::1') ?? '')).toBe('2001:db8:aa::/48');
    expect(wideNetwork(normaliseAddress('::1') ?? '')).toBe('0:0:0::/48');
    expect(wideNetwork('192.0.2.7')).toBe('192.0.2.7');
  });
});
