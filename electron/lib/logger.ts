import pino, { type Logger } from 'pino';

/**
 * Logs go to standard error, at "warn" unless PAUME_LOG_LEVEL says otherwise. Request bodies are
 * never logged (they carry passwords and patient data).
 */
export function createLogger(level = process.env.PAUME_LOG_LEVEL ?? 'warn'): Logger {
  return pino(
    {
      level,
      redact: ['*.password', '*.currentPassword', '*.newPassword', 'req.headers.cookie', 'req.headers.authorization'],
    },
    pino.destination(2),
  );
}
