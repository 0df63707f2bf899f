import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appFileHeaders, mimeTypeOf, resolveAppFile } from './app-protocol'

const root = resolve('/srv/renderer')

describe('resolveAppFile', () => {
  it.each([
    ['app://renderer/index.html', join(root, 'index.html')],
    ['app://renderer/', join(root, 'index.html')],
    ['app://renderer/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['app://renderer/chapter/first', join(root, 'index.html')],
  ])('serves %s from inside the renderer folder', (url, expected) => {
    expect(resolveAppFile(url, root, 'renderer')).toBe(expected)
  })

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/assets/..%2f..%2f..%2fetc%2fpasswd.js',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('never serves a file outside the renderer folder for %s', (url) => {
    const file = resolveAppFile(url, root, 'renderer')
    expect(file === null || file.startsWith(root + '/')).toBe(true)
    expect(file).not.toMatch(/^\/etc\//)
  })

  it.each([
    'app://renderer/a%5c..%5c..%5csecret.txt',
    'app://renderer/%00.js',
    'app://other/index.html',
    'app://renderer/%E0%A4%A',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root, 'renderer')).toBeNull()
  })

  it('answers with its own type for the file, whatever the file system said, beside CSP and nosniff', () => {
    const headers = appFileHeaders(
      join(root, 'assets/index.js'),
      { 'content-type': 'text/plain' },
      "default-src 'self'",
    )
    expect(headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(appFileHeaders(join(root, 'x.bin'), {}, '').get('content-type')).toBe('application/octet-stream')
  })

  it('names the types the renderer needs', () => {
    expect(mimeTypeOf('a.js')).toMatch(/javascript/)
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2')
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream')
  })
})
