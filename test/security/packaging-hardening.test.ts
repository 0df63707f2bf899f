import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'

/** The packaged app's hardening lives in config files; these checks keep it from being edited away. */
const ROOT = resolve(__dirname, '../..')

describe('electron-builder fuses', () => {
  const config = parse(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as {
    electronFuses?: Record<string, boolean>
  }

  it('turn off running as Node, NODE_OPTIONS and inspector flags, and load only the integrity-checked app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})

describe('the page CSP', () => {
  it('index.html and the policy main sends allow no inline or eval’d script and nothing remote', () => {
    const html = readFileSync(resolve(ROOT, 'src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    for (const policy of [meta!, CONTENT_SECURITY_POLICY]) {
      expect(policy).not.toMatch(/unsafe-(inline|eval)|wasm-unsafe-eval|\*|https?:/)
      expect(policy).toMatch(/script-src 'self'(;|$)/)
    }
  })
})
