import { type TaskId, tasks } from "../generated/releases.js";
import type { Task } from "../model/task.js";
import { _findById } from "./_findById.js";

/**
 * The task (a commitment with no number) with that id.
 *
 * @param id - The task's id.
 * @returns The task, frozen.
 * @throws {@link UnknownIdError} (`ERR_UNKNOWN_ID`) for an unknown id, naming the closest
 *   (every id within one or two edits first; an id more than two characters
 *   longer than every known id: at once, with no suggestions).
 *
 * @example
 * ```ts
 * getTask("ai-dataset-catalogue").due
 * //=> "2023-Q2"
 * ```
 * @category Data
 */
export function getTask<Id extends TaskId>(id: Id): Task {
  return _findById(tasks, id, "task") as Task;
}
