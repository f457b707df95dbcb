import { isAppUrl } from './app-scheme.js';

/**
 * What a Paume page may ask of the machine (issue 15): the microphone, audio only, for Paume's
 * own origin (dictation). Everything else (camera, screen, geolocation, notifications, MIDI,
 * clipboard reading, USB, serial...) is refused, where Electron would grant it by default.
 */
export function allowsPermissionRequest(
  permission: string,
  details: { requestingUrl?: string; mediaTypes?: readonly string[] },
): boolean {
  if (permission !== 'media' || !details.requestingUrl || !isAppUrl(details.requestingUrl)) return false;
  const kinds = details.mediaTypes ?? [];
  return kinds.length > 0 && kinds.every((kind) => kind === 'audio');
}

/** The synchronous check Chromium makes before (or instead of) a request. */
export function allowsPermissionCheck(
  permission: string,
  requestingOrigin: string,
  details: { mediaType?: string },
): boolean {
  return permission === 'media' && isAppUrl(requestingOrigin) && details.mediaType === 'audio';
}
