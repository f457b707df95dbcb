import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import { CALL_CHANNEL, EVENT_CHANNEL } from '../api/common/ipc-channels.js';

/**
 * The whole surface the page gets (HOUSE.md rule 1): call a contract method, listen to an event.
 * No generic send, no access to ipcRenderer itself.
 */
contextBridge.exposeInMainWorld('paume', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(CALL_CHANNEL, method, input),
  on: (eventName: string, handler: (payload: unknown) => void): (() => void) => {
    const listener = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === eventName) handler(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
});
