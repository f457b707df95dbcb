/** How often the reminders not sent yet are looked for. */
const EVERY_HOUR = 3_600_000;

/**
 * Reminders leave by themselves in the server and the window: checked every hour, a failure left
 * for the next round (each reminder not sent stays to send). Returns what stops the timer.
 */
export function startReminderTimer(send: () => Promise<unknown>): () => void {
  const timer = setInterval(() => {
    void send().catch(() => undefined);
  }, EVERY_HOUR);
  // The timer alone never keeps a process alive (`paume` commands end when their work is done).
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
