// The only bridge between the page and main: one named function per contract method, each
// sending on its own channel. No generic invoke, no raw ipcRenderer reaches the page.
import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../shared/ipc/api'
import { channelOf, methods } from '../shared/ipc/contract'

const api = Object.fromEntries(
  methods.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelOf(method), input)]),
) as Api

contextBridge.exposeInMainWorld('api', api)
