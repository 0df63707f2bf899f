import { describe, expect, it } from 'vitest'
import { checkExternalLink } from './external-links'

describe('checkExternalLink', () => {
  it.each([
    ['https://kubernetes.io/ko/docs/', 'https://kubernetes.io/ko/docs/'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['HTTPS://Kubernetes.IO/docs', 'https://kubernetes.io/docs'],
    ['https://www.docker.com', 'https://www.docker.com/'],
    ['https://한국.kr/', 'https://xn--3e0b707e.kr/'],
    ['https://en.wikipedia.org/wiki/Hypervisor', 'https://en.wikipedia.org/wiki/Hypervisor'],
  ])('opens %s as %s', (raw, normalized) => {
    expect(checkExternalLink(raw)).toEqual({ ok: true, url: normalized })
  })

  it.each([
    ['file:///etc/passwd', /file: scheme/],
    ['javascript:alert(1)', /javascript: scheme/],
    ['JaVaScRiPt:alert(1)', /javascript: scheme/],
    ['data:text/html,<script>alert(1)</script>', /data: scheme/],
    ['vbscript:msgbox', /vbscript: scheme/],
    ['ftp://example.com/file', /ftp: scheme/],
    ['app://renderer/index.html', /app: scheme/],
    ['ms-settings:privacy', /ms-settings: scheme/],
    ['smb://server/share', /smb: scheme/],
    ['https://user:pass@example.com/', /credentials/],
    ['https://user@example.com/', /credentials/],
    ['http://localhost:3000/', /port/],
    ['http://localhost/', /this computer/],
    ['http://app.localhost/', /this computer/],
    ['http://127.0.0.1/', /IP address/],
    ['http://2130706433/', /IP address/],
    ['http://0x7f.1/', /IP address/],
    ['http://10.0.0.1/admin', /IP address/],
    ['http://192.168.1.1/', /IP address/],
    ['http://169.254.169.254/latest/meta-data', /IP address/],
    ['http://[::1]/', /IP address/],
    ['http://[::ffff:127.0.0.1]/', /IP address/],
    ['http://intranet/', /public site name/],
    ['http://printer.local/', /local network/],
    ['https://example.com:8443/', /port/],
    ['https://exa mple.com/', /whitespace/],
    ['https://example.com/\u0000', /control/],
    ['https://example.com/\u202egpj.exe', /control/],
    [' https://example.com/', /whitespace/],
    ['//example.com/', /not a URL/],
    ['#summary', /not a URL/],
    ['', /not a URL/],
    [`https://example.com/${'a'.repeat(3000)}`, /too long/],
  ])('refuses %s', (raw, reason) => {
    const verdict = checkExternalLink(raw)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.reason).toMatch(reason)
  })

  it.each([null, undefined, 42, {}, ['https://example.com'], { toString: () => 'https://example.com' }])(
    'refuses a non-string %s',
    (value) => {
      expect(checkExternalLink(value)).toEqual({ ok: false, reason: 'not a URL' })
    },
  )
})
