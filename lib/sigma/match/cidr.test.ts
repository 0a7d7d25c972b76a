import { describe, expect, it } from 'vitest';
import { inNetwork, parseAddress, parseCidr } from './cidr';

describe('parseAddress', () => {
  it('reads IPv4 as two 16-bit groups', () => {
    expect(parseAddress('192.168.1.10')).toEqual({ family: 4, groups: [0xc0a8, 0x010a] });
  });

  it('reads compressed IPv6, zones and an embedded IPv4 tail', () => {
    expect(parseAddress('2001:db8::1')).toEqual({ family: 6, groups: [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1] });
    expect(parseAddress('fe80::1%eth0')).toEqual({ family: 6, groups: [0xfe80, 0, 0, 0, 0, 0, 0, 1] });
    expect(parseAddress('::ffff:10.0.0.1')).toEqual({ family: 6, groups: [0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0001] });
    expect(parseAddress('::')).toEqual({ family: 6, groups: [0, 0, 0, 0, 0, 0, 0, 0] });
  });

  it('refuses what is not an address', () => {
    expect([
      parseAddress('256.0.0.1'),
      parseAddress('1.2.3'),
      parseAddress('1::2::3'),
      parseAddress('host.example'),
    ]).toEqual([null, null, null, null]);
  });
});

describe('parseCidr', () => {
  it('reads a prefix, or a whole address without one', () => {
    expect(parseCidr('10.0.0.0/8')?.prefix).toBe(8);
    expect(parseCidr('10.1.2.3')?.prefix).toBe(32);
    expect(parseCidr('::1')?.prefix).toBe(128);
  });

  it('refuses a prefix longer than the address', () => {
    expect([parseCidr('10.0.0.0/33'), parseCidr('::/129'), parseCidr('10.0.0.0/x')]).toEqual([null, null, null]);
  });
});

describe('inNetwork', () => {
  it('compares only the prefix bits', () => {
    const net = parseCidr('172.16.0.0/12');
    if (!net) throw new Error('bad fixture');
    expect([inNetwork(net, '172.31.255.255'), inNetwork(net, '172.32.0.0'), inNetwork(net, '172.15.0.1')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('handles prefixes that end inside a group', () => {
    const net = parseCidr('2001:db8:abcd:0012::/61');
    if (!net) throw new Error('bad fixture');
    expect([inNetwork(net, '2001:db8:abcd:17::1'), inNetwork(net, '2001:db8:abcd:18::1')]).toEqual([true, false]);
  });

  it('never mixes families', () => {
    const v4 = parseCidr('0.0.0.0/0');
    const v6 = parseCidr('::/0');
    if (!v4 || !v6) throw new Error('bad fixture');
    expect([inNetwork(v4, '::ffff:1.2.3.4'), inNetwork(v6, '1.2.3.4')]).toEqual([false, false]);
  });
});
