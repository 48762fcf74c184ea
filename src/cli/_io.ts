/** Where the command line's output goes, and what a run returns. */

/** Where the output goes, and what the command returns. @internal */
export interface _Io {
  /** Whether stdout is a terminal (a person reads it). */
  readonly isTTY: boolean;
  /** The terminal's width, where known. */
  readonly columns?: number | undefined;
}

/** What a run produces: the text for stdout and stderr, and the exit code. @internal */
export interface _Result {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}
