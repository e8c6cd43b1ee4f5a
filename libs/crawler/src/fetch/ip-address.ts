import { isIPv4, isIPv6 } from 'node:net';

// Which addresses a crawler must not connect to unless an operator allows them: a source URL
// (or a redirect, or a DNS answer) pointing at one of these would let a crawled site reach
// services on our own network (SSRF). Ranges from the IANA special-purpose registries.

interface Range {
  bytes: number[];
  prefix: number;
  reason: string;
}

const IPV4_RANGES: Range[] = [
  v4('0.0.0.0', 8, '"this network"'),
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'shared (carrier-grade NAT)'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'),
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'IETF protocol assignment'),
  v4('192.0.2.0', 24, 'documentation'),
  v4('192.88.99.0', 24, '6to4 relay anycast'),
  v4('192.168.0.0', 16, 'private'),
  v4('198.18.0.0', 15, 'benchmarking'),
  v4('198.51.100.0', 24, 'documentation'),
  v4('203.0.113.0', 24, 'documentation'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved'),
];

const IPV6_RANGES: Range[] = [
  v6('::', 128, 'unspecified'),
  v6('::1', 128, 'loopback'),
  v6('64:ff9b:1::', 48, 'local NAT64'),
  v6('100::', 64, 'discard-only'),
  v6('2001:db8::', 32, 'documentation'),
  v6('fc00::', 7, 'unique-local'),
  v6('fe80::', 10, 'link-local'),
  v6('fec0::', 10, 'site-local'),
  v6('ff00::', 8, 'multicast'),
];

/**
 * Null for a public unicast address; otherwise why it is not public ("loopback", "private", ...).
 * IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4) are judged by that address.
 * Anything that does not parse as an IP is refused.
 */
export function nonPublicReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(ip)) return matchRange(parseIPv4(ip), IPV4_RANGES);
  if (!isIPv6(ip)) return 'not an IP address';
  const bytes = parseIPv6(ip);
  const embedded = embeddedIPv4(bytes);
  if (embedded) {
    const reason = matchRange(embedded, IPV4_RANGES);
    return reason ? `${reason} (IPv4 inside IPv6)` : null;
  }
  const reason = matchRange(bytes, IPV6_RANGES);
  if (reason) return reason;
  // Only 2000::/3 is allocated as global unicast; the rest is reserved or covered above.
  return (bytes[0] & 0xe0) === 0x20 ? null : 'reserved';
}

/** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d and 2002:aabb:ccdd::. */
function embeddedIPv4(b: number[]): number[] | null {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return b.slice(12);
  if (zeros(0, 12) && !zeros(12, 14)) return b.slice(12); // deprecated IPv4-compatible
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return b.slice(12);
  if (b[0] === 0x20 && b[1] === 0x02) return b.slice(2, 6);
  return null;
}

function matchRange(bytes: number[], ranges: Range[]): string | null {
  for (const range of ranges) {
    if (inPrefix(bytes, range.bytes, range.prefix)) return range.reason;
  }
  return null;
}

function inPrefix(bytes: number[], base: number[], prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    const i = bit / 8;
    if ((bytes[i] & mask) !== (base[i] & mask)) return false;
  }
  return true;
}

function parseIPv4(ip: string): number[] {
  return ip.split('.').map(Number);
}

/** 16 bytes of a valid IPv6 literal (validated by net.isIPv6 first). */
function parseIPv6(ip: string): number[] {
  let text = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    // Rewrite the trailing dotted quad as two hex groups so one parser handles both forms.
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const groups = (part: string) => (part ? part.split(':').map((h) => parseInt(h, 16)) : []);
  const double = text.indexOf('::');
  const left = groups(double >= 0 ? text.slice(0, double) : text);
  const right = double >= 0 ? groups(text.slice(double + 2)) : [];
  const all = [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((g) => [(g >> 8) & 0xff, g & 0xff]);
}

function v4(ip: string, prefix: number, reason: string): Range {
  return { bytes: parseIPv4(ip), prefix, reason };
}

function v6(ip: string, prefix: number, reason: string): Range {
  return { bytes: parseIPv6(ip), prefix, reason };
}
