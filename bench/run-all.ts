// `npm run bench`: every benchmark, one after the other, printing its figures.
export {};
await import('./http-startup-and-latency.js');
