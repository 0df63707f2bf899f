import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelOf, methods } from '../../shared/ipc/contract'
import type { ApiResult } from '../../shared/ipc/errors'
import { isTrustedSenderUrl } from '../security'
import type { Dispatch } from './dispatch'

/** One ipcMain handler per contract method; calls from frames that are not the app are refused. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, trustedOrigin: string): void {
  for (const method of methods) {
    ipcMain.handle(channelOf(method), (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, trustedOrigin)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'forbidden_sender', message: 'Calls are only accepted from the app itself' },
        })
      }
      return dispatch(method, input)
    })
  }
}
