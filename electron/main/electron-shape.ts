/**
 * The part of Electron's API the shell uses, typed by hand. Electron is an optional dependency:
 * where its binary cannot be downloaded, npm drops the package and its type declarations with it,
 * and the typecheck must still pass. Keep this list as short as the shell.
 */
export interface WebContentsShape {
  readonly id: number;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  send(channel: string, ...args: unknown[]): void;
  session: {
    webRequest: {
      onHeadersReceived(
        listener: (
          details: { responseHeaders?: Record<string, string[]> },
          callback: (response: { responseHeaders: Record<string, string[]> }) => void,
        ) => void,
      ): void;
    };
  };
}

export interface BrowserWindowShape {
  readonly webContents: WebContentsShape;
  loadFile(path: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
}

export interface ElectronShape {
  app: {
    requestSingleInstanceLock(): boolean;
    quit(): void;
    whenReady(): Promise<void>;
    getPath(name: 'userData'): string;
    on(event: 'second-instance' | 'window-all-closed', listener: () => void): unknown;
  };
  BrowserWindow: new (options: Record<string, unknown>) => BrowserWindowShape;
  ipcMain: {
    handle(channel: string, listener: (event: { sender: { id: number } }, ...args: unknown[]) => unknown): void;
  };
  shell: { openExternal(url: string): Promise<void> };
}
