/**
 * The page may load only its own scripts and talk only to its own server. Mantine writes its CSS
 * variables in a <style> element, hence 'unsafe-inline' for styles (never for scripts).
 * The Electron shell applies the same policy (electron/main/window-security.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
