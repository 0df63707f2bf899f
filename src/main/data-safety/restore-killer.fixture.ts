// Child process for the restore crash test: restores two backups in turn, for ever, and says
// "ack <name>" after each restore returned. The parent SIGKILLs it at a random moment.
import { MINI_PACK } from '../../../test/support/packs'
import { createServices } from '../services'

const [dataDir, first, second] = process.argv.slice(2)
if (!dataDir || !first || !second) throw new Error('usage: restore-killer <data dir> <backup> <backup>')
const services = createServices({
  dataDir,
  packDirs: [MINI_PACK],
  log: (message, err) => process.stderr.write(`${message}: ${String(err)}\n`),
})

async function main(): Promise<void> {
  await services.startupBackup
  process.stdout.write('ready\n')
  for (let i = 0; ; i++) {
    const name = i % 2 === 0 ? first : second
    await services.backups.restore(name!)
    process.stdout.write(`ack ${name}\n`)
  }
}
void main()
