import { describe, expect, it } from 'vitest';
import { placeOfAddress } from './address-country.ts';

describe('the country of an address', () => {
  it('names the country a public address is registered in, for IPv4, IPv6 and IPv4 written as IPv6', async () => {
    // Addresses of the German research network (DFN) and of a large American provider.
    expect(await placeOfAddress('193.175.1.1')).toEqual({ kind: 'country', code: 'DE' });
    expect(await placeOfAddress('::ffff:193.175.1.1')).toEqual({ kind: 'country', code: 'DE' });
    expect(await placeOfAddress('2001:638::1')).toEqual({ kind: 'country', code: 'DE' });
    expect(await placeOfAddress('8.8.8.8')).toEqual({ kind: 'country', code: 'US' });
  });

  it('calls loopback, private, shared and link-local addresses a local network, asking no list', async () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.178.20', '100.64.0.1', '169.254.1.1']) {
      expect(await placeOfAddress(address), address).toEqual({ kind: 'local' });
    }
    for (const address of ['::1', 'fe80::1', 'fd12:3456::1', '::ffff:192.168.0.1']) {
      expect(await placeOfAddress(address), address).toEqual({ kind: 'local' });
    }
    // Just outside the private ranges: public.
    expect(await placeOfAddress('172.32.0.1')).not.toEqual({ kind: 'local' });
  });

  it('knows nothing of no address, a malformed one, or one no registry has handed out', async () => {
    for (const address of [null, undefined, '', 'localhost', '999.1.1.1', '1.2.3', '0.0.0.1', 'gggg::1', '\u0000']) {
      expect(await placeOfAddress(address), String(address)).toBeNull();
    }
  });
});
