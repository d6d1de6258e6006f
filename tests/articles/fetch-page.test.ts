import { describe, expect, it } from 'vitest';
import { isInternalAddress } from '../../src/articles/fetch-page.js';

describe('addresses a link must not reach', () => {
  it('are loopback, private, link-local, shared, reserved and multicast, in IPv4 and IPv6, mapped or not', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'fc12::3',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
  });

  it('are not the public internet', () => {
    for (const address of [
      '93.184.216.34',
      '8.8.8.8',
      '172.32.0.1',
      '192.169.0.1',
      '2606:4700::6810:84e5',
      '::ffff:93.184.216.34',
    ]) {
      expect(isInternalAddress(address), address).toBe(false);
    }
  });
});
