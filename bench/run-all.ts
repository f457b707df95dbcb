// `npm run bench`: every benchmark, one after the other, printing its figures.
// PAUME_BENCH_SIZES=10000,100000 keeps the patient benchmark short; generated databases are kept
// in PAUME_BENCH_DIR (default /tmp/paume-bench) and reused.
export {};
await import('./http-startup-and-latency.js');
await import('./first-screen.js');
await import('./patient-search.js');
await import('./letters.js');
await import('./theatre.js');
await import('./dictation.js');
await import('./triage.js');
await import('./calls.js');
await import('./day-before.js');
await import('./day-after.js');
await import('./inbox.js');
await import('./heavy-mail.js');
await import('./agenda.js');
await import('./audit-chain.js');
await import('./crash.js');
await import('./backups.js');
await import('./encryption.js');
