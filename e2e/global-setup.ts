/** Says once, up front, why the `electron` project's tests are about to be skipped. */
export default async function globalSetup(): Promise<void> {
  const env = await import('../scripts/electron-env.mjs')
  if (!env.electronBinary()) {
    console.log(
      '[electron project] skipped: no Electron binary on this machine (run `npx install-electron` with internet to enable it).',
    )
  }
}
