import type { Second } from './second.js';

export interface First {
  next: Second | null;
}
