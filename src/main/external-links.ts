/**
 * Which links may leave the app for the system browser. Pure: the learner clicked a link in a
 * chapter; only a plain public web address passes. Refused: anything but http(s) (file:,
 * javascript:, data:, custom schemes), user names or passwords in the URL, IP-address hosts
 * (loopback, private ranges and their numeric spellings), localhost and single-label intranet
 * names, explicit ports, whitespace, control or text-direction characters (which can make a link
 * look like another), and very long URLs.
 */
export type LinkVerdict = { ok: true; url: string } | { ok: false; reason: string }

const MAX_URL_LENGTH = 2048
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/
/** Hostname labels of letters, digits and hyphens (IDNs arrive as punycode), ending in a letter TLD. */
const PUBLIC_HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

export function checkExternalLink(raw: unknown): LinkVerdict {
  if (typeof raw !== 'string' || raw.length === 0) return { ok: false, reason: 'not a URL' }
  if (raw.length > MAX_URL_LENGTH) return { ok: false, reason: 'too long' }
  if (UNSAFE_CHARACTERS.test(raw)) return { ok: false, reason: 'contains whitespace or control characters' }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, reason: 'not a URL' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `the ${url.protocol} scheme is not allowed` }
  if (url.username || url.password) return { ok: false, reason: 'contains credentials' }
  if (url.port) return { ok: false, reason: 'names a port' }
  const host = url.hostname
  if (host === 'localhost' || host.endsWith('.localhost')) return { ok: false, reason: 'points at this computer' }
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return { ok: false, reason: 'an IP address, not a site name' }
  if (!PUBLIC_HOSTNAME.test(host)) return { ok: false, reason: 'not a public site name' }
  if (/\.(local|internal|lan|home|corp|intranet|test|invalid|example)$/.test(host))
    return { ok: false, reason: 'a local network name' }
  return { ok: true, url: url.href }
}
