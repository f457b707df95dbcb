import type { CliOutput } from './cli-io.js';
import type { CliValues } from './options.js';

/** What a command receives: its own arguments (after its name), the options, where to write. */
export interface CommandCall {
  readonly args: readonly string[];
  readonly values: CliValues;
  readonly io: CliOutput;
  /** Refuses the call unless it has exactly `count` arguments, saying what was expected. */
  readonly expectArguments: (count: number, what: string) => void;
}

/** One `paume` command, in a file of its own under commands/. */
export interface CliCommand<Result = number> {
  readonly name: string;
  run(call: CommandCall): Promise<Result> | Result;
}
