/**
 * The command line's logic, as a function of its arguments and of where its
 * output goes, so that it can be tested in-process: the arguments are parsed
 * and checked, then the command table sends them to one command's module. A
 * client of the public API (`../index.js`).
 */
import { DATA_VERSION, VERSION } from "../index.js";
import {
  _arity,
  _checkFormat,
  _didYouMean,
  _NAME,
  type _OptionName,
  type _Parsed,
  _parse,
  _SHORT_USAGE,
  _USAGE,
  _UsageError,
} from "./_args.js";
import { _cite } from "./_cite.js";
import { _export } from "./_export.js";
import { _indicators } from "./_indicators.js";
import type { _Io, _Result } from "./_io.js";
import { _list } from "./_list.js";
import { _now } from "./_now.js";
import { _series, _vintages } from "./_series.js";
import { _show } from "./_show.js";

/**
 * A command: how many arguments it takes (and what they are), the options it
 * uses besides `--lang` (which every command accepts) and its module's function.
 */
interface Command {
  readonly arity: readonly [count: number, what: string];
  readonly options: readonly _OptionName[];
  readonly run: (parsed: _Parsed, io: _Io) => string;
}

/** Every command, by name, in the order the help lists them. */
const COMMANDS: Readonly<Record<string, Command>> = {
  list: { arity: [0, "no argument"], options: ["release"], run: _list },
  now: { arity: [0, "no argument"], options: [], run: _now },
  indicators: { arity: [0, "no argument"], options: [], run: _indicators },
  series: { arity: [1, "an indicator id"], options: ["known-at"], run: _series },
  vintages: { arity: [1, "an indicator id"], options: ["as-of", "known-at"], run: _vintages },
  show: { arity: [1, "an id"], options: ["indicator"], run: _show },
  export: { arity: [0, "no argument"], options: ["release", "format"], run: _export },
  cite: { arity: [1, "an id"], options: ["format"], run: _cite },
};

/** The names of the commands, in the order of the help. @internal */
export const _COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** The commands that use an option, for the error that names them. */
function usedBy(option: _OptionName): string[] {
  return _COMMAND_NAMES.filter((name) => COMMANDS[name]?.options.includes(option));
}

function execute(parsed: _Parsed, io: _Io): string {
  if (parsed.help) return _USAGE;
  if (parsed.version) return `${VERSION} (data ${DATA_VERSION})\n`;
  const command = Object.hasOwn(COMMANDS, parsed.command) ? COMMANDS[parsed.command] : undefined;
  if (command === undefined) {
    const hint = _didYouMean(parsed.command, _COMMAND_NAMES);
    throw new _UsageError(`unknown command "${parsed.command}"${hint === "" ? "" : `.${hint}`}`);
  }
  for (const option of parsed.given) {
    if (option === "lang" || command.options.includes(option)) continue;
    throw new _UsageError(
      `option --${option} is not used by ${parsed.command} (it is used by ${usedBy(option).join(", ")})`,
    );
  }
  _checkFormat(parsed);
  _arity(parsed, ...command.arity);
  return command.run(parsed, io);
}

/**
 * Runs the command line on its arguments (without `node` and the script).
 *
 * @internal
 */
export function _run(argv: readonly string[], io: _Io): _Result {
  try {
    return { stdout: execute(_parse(argv), io), stderr: "", code: 0 };
  } catch (error) {
    if (error instanceof _UsageError) {
      return { stdout: "", stderr: `${_NAME}: ${error.message}\n${_SHORT_USAGE}`, code: 2 };
    }
    return {
      stdout: "",
      stderr: `${_NAME}: ${error instanceof Error ? error.message : String(error)}\n`,
      code: 1,
    };
  }
}
