import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { PermanentFetchError, TransientFetchError } from '../errors';
import { nonPublicReason } from './ip-address';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type LookupAll = (hostname: string) => Promise<ResolvedAddress[]>;

const systemLookup: LookupAll = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Decides which address a URL may be fetched from. Every address the host resolves to must be
 * public (a host answering one public and one private address could flip between them, DNS
 * rebinding), unless the host name or the address is on the operator's allow-list.
 * The caller connects to the address returned here, so a second DNS answer cannot differ.
 */
export class AddressGuard {
  private readonly allowed: Set<string>;

  constructor(
    allowedHosts: readonly string[],
    private readonly lookupAll: LookupAll = systemLookup,
  ) {
    this.allowed = new Set(allowedHosts.map((h) => normaliseHost(h)).filter(Boolean));
  }

  async resolve(url: URL): Promise<ResolvedAddress> {
    const host = normaliseHost(url.hostname);
    const literal = isIP(host);
    const addresses: ResolvedAddress[] = literal
      ? [{ address: host, family: literal === 6 ? 6 : 4 }]
      : await this.lookup(host, url);
    if (addresses.length === 0) throw new TransientFetchError(`${host} has no address`, url.href);
    if (!this.allowed.has(host)) {
      for (const { address } of addresses) {
        const reason = nonPublicReason(address);
        if (reason && !this.allowed.has(normaliseHost(address))) {
          throw new PermanentFetchError(
            `refused ${url.href}: ${host} resolves to ${reason} address ${address} (not in CRAWL_ALLOWED_HOSTS)`,
            url.href,
          );
        }
      }
    }
    return addresses[0];
  }

  private async lookup(host: string, url: URL): Promise<ResolvedAddress[]> {
    try {
      return await this.lookupAll(host);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new TransientFetchError(`cannot resolve ${host}: ${code}`, url.href);
    }
  }
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}
