import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Webhook endpoints must be on the internet, not inside the network Seleksi runs in: an admin (or
 * a stolen admin session) must not make the server POST to the database host, the cloud metadata
 * service or the router (SSRF). Loopback is allowed only when the server allows it
 * (SELEKSI_WEBHOOK_LOOPBACK=true: tests and development).
 */
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) {
  internal.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  internal.addSubnet(network, prefix, 'ipv6');
}

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1, or NAT64's 64:ff9b::a00:1) is judged as IPv4. */
function embeddedIpv4(address: string): string | undefined {
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export type AddressVerdict = 'public' | 'loopback' | 'internal';

/** Where an IP address points: the internet, this machine, or the private network around it. */
export function addressKind(address: string): AddressVerdict {
  const v4 = embeddedIpv4(address);
  if (v4) return addressKind(v4);
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (loopback.check(address, family)) return 'loopback';
  if (internal.check(address, family)) return 'internal';
  return 'public';
}

export const addressAllowed = (address: string, options: { allowLoopback: boolean }) => {
  const kind = addressKind(address);
  return kind === 'public' || (kind === 'loopback' && options.allowLoopback);
};

/** The host of a URL as an IP literal (brackets of IPv6 removed), or undefined for a name. */
export function literalAddress(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(bare) ? bare : undefined;
}

/**
 * Whether a URL's host is (or resolves to) only allowed addresses. A name that does not resolve
 * now is let through: the delivery resolves it again and checks each address before connecting.
 */
export async function hostAllowed(
  hostname: string,
  options: { allowLoopback: boolean },
): Promise<boolean> {
  const literal = literalAddress(hostname);
  if (literal) return addressAllowed(literal, options);
  const addresses = await lookup(hostname, { all: true, verbatim: true }).catch(() => []);
  return addresses.every((found) => addressAllowed(found.address, options));
}
