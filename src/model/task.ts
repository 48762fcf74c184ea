import type { LocalizedText, PeriodString } from "./common.js";

/**
 * A commitment stated in the report with no number attached.
 *
 * @category Model
 */
export interface Task {
  /** Stable id, kebab-case. */
  readonly id: string;
  /** The release that states it. */
  readonly release: string;
  /** Who committed to it (`mic`: the Ministry of Information and Communications). */
  readonly by: "mic";
  /** What is to be done, in both languages. */
  readonly name: LocalizedText;
  /** The period it is due in (`2023-Q2`), or `null` where the source gives none ("thời gian tới"). */
  readonly due: PeriodString | null;
  /** The clause of the source that states it, verbatim. */
  readonly quote: string;
}
