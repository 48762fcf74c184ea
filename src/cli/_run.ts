/**
 * The command line's logic, as a function of its arguments and of where its
 * output goes, so that it can be tested in-process: the arguments are parsed
 * and checked, then the command table sends them to one command's module. A
 * client of the public API only (`../index.js`).
 */
import { DATA_VERSION, VERSION } from "../index.js";
import { _arity, _checkFormat, _NAME, type _Parsed, _parse, _USAGE, _UsageError } from "./_args.js";
import { _cite } from "./_cite.js";
import { _export } from "./_export.js";
import type { _Io, _Result } from "./_io.js";
import { _list } from "./_list.js";
import { _series } from "./_series.js";
import { _show } from "./_show.js";

/** A command: how many arguments it takes (and what they are), and its module's function. */
interface Command {
  readonly arity: readonly [count: number, what: string];
  readonly run: (parsed: _Parsed, io: _Io) => string;
}

/** Every command, by name. */
const COMMANDS: Readonly<Record<string, Command>> = {
  list: { arity: [0, "no argument"], run: _list },
  series: { arity: [1, "an indicator id"], run: _series },
  show: { arity: [1, "an id"], run: _show },
  export: { arity: [0, "no argument"], run: _export },
  cite: { arity: [1, "an id"], run: _cite },
};

function execute(parsed: _Parsed, io: _Io): string {
  if (parsed.help) return _USAGE;
  if (parsed.version) return `${VERSION} (data ${DATA_VERSION})\n`;
  const command = Object.hasOwn(COMMANDS, parsed.command) ? COMMANDS[parsed.command] : undefined;
  if (command === undefined) {
    throw new _UsageError(`unknown command "${parsed.command}"`);
  }
  _checkFormat(parsed);
  if (parsed.release !== undefined && parsed.command !== "list" && parsed.command !== "export") {
    throw new _UsageError(`option --release is not used by ${parsed.command}`);
  }
  if (parsed.indicator && parsed.command !== "show") {
    throw new _UsageError(`option --indicator is not used by ${parsed.command}`);
  }
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
      return {
        stdout: "",
        stderr: `${_NAME}: ${error.message}\nUsage: ${_NAME} list [--release <id>] | series <indicator> | show <id> | export --format csv|json|ndjson|md | cite <id> --format text|bibtex|biblatex|csl\nRun \`${_NAME} --help\` for more.\n`,
        code: 2,
      };
    }
    return {
      stdout: "",
      stderr: `${_NAME}: ${error instanceof Error ? error.message : String(error)}\n`,
      code: 1,
    };
  }
}
