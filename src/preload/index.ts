// The only bridge between the page and main: one named function per contract method, each
// sending on its own channel. No generic invoke, no raw ipcRenderer reaches the page.
// It imports the zod-free method list, not the contract, so the bundle stays a few hundred bytes.
import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../shared/ipc/api'
import { channelOf, METHOD_NAMES } from '../shared/ipc/methods'

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelOf(method), input)]),
) as Api

contextBridge.exposeInMainWorld('api', api)
