/**
 * Child process for counting fsyncs under strace: `node --import tsx bench/write-peer.ts <peer> <n> <dir>`
 * records n attempts through one peer and exits. Run with n = 0 for the set-up baseline.
 */
import { PEERS, runPeer, type Peer } from './writes'

const [peerArg = '', nArg = '0', dir = ''] = process.argv.slice(2)
if (!(PEERS as readonly string[]).includes(peerArg) || !dir) {
  console.error(`usage: write-peer.ts <${PEERS.join('|')}> <n> <dir>`)
  process.exit(2)
}
runPeer(peerArg as Peer, dir, Number(nArg), { warmup: 0 }).catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
