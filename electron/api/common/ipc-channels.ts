/**
 * The two IPC channels between the window and the main process. Here, in the shared contract,
 * so that the main side and the preload import the same names (the preload is bundled).
 */
export const CALL_CHANNEL = 'paume:call';
export const EVENT_CHANNEL = 'paume:event';
