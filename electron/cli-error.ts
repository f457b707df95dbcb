/** A refusal said to the person at the terminal as one message, without a stack trace. */
export class CliError extends Error {}
