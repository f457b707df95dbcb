/** Where a command writes: its answer on `out`, progress and refusals on `err`. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** A refusal said to the person at the terminal as one message, without a stack trace. */
export class CliError extends Error {}
