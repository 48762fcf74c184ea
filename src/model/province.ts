import type { IsoDate } from "./common.js";

/**
 * The kind of a provincial unit: a `province` (tỉnh) or a `city` run by the
 * central government (thành phố trực thuộc trung ương).
 *
 * @category Model
 */
export type ProvinceKind = "province" | "city";

/**
 * A provincial unit of 2023: one of the 63 provinces and centrally-run cities
 * the report counts (`63/63`, `62/63`), as listed by the General Statistics
 * Office (GSO).
 *
 * @category Model
 */
export interface Province {
  /** The GSO code, two digits (`"54"` for Phú Yên). */
  readonly code: string;
  /** The name in Vietnamese, with diacritics (NFC), without "Tỉnh"/"Thành phố" (`"Phú Yên"`). */
  readonly name: string;
  /** The name without diacritics, ASCII (`"Phu Yen"`). */
  readonly nameAscii: string;
  /** A province or a centrally-run city. */
  readonly kind: ProvinceKind;
}

/**
 * A provincial unit in force from 1 July 2025, when the 63 units of 2023 were
 * merged into 34 (28 provinces, 6 centrally-run cities). Its code is the one
 * the GSO gave it (letter 915/CTK-CSCL); a code can name a different unit than
 * in 2023 (`"15"` was Yên Bái and is Lào Cai).
 *
 * @category Model
 */
export interface Province2025 {
  /** The GSO code of the unit from 1 July 2025, two digits (`"66"` for Đắk Lắk). */
  readonly code: string;
  /** The name in Vietnamese, with diacritics (NFC), without "Tỉnh"/"Thành phố" (`"Đắk Lắk"`). */
  readonly name: string;
  /** A province or a centrally-run city. */
  readonly kind: ProvinceKind;
  /** The day the unit came into force (`"2025-07-01"`). */
  readonly inForceFrom: IsoDate;
}

/**
 * One row of the 2025 crosswalk: the unit of 2023 with code `from` became part
 * of the unit of 2025 with code `to`.
 *
 * @category Model
 */
export interface ProvinceCrosswalkEntry {
  /** The 2023 code (`"54"`, Phú Yên). */
  readonly from: string;
  /** The 2025 code of its successor (`"66"`, Đắk Lắk). */
  readonly to: string;
}

/**
 * A public data file that facts of a data set were taken from, pinned to a
 * commit.
 *
 * @category Model
 */
export interface DataSource {
  /** The repository's address (`https://github.com/dvhcvn/20250701`). */
  readonly repository: string;
  /** The file's path in the repository. */
  readonly path: string;
  /** The commit read, 40 hexadecimal digits. */
  readonly commit: string;
  /** The licence of the repository or file. */
  readonly licence: string;
  /** What was taken from it, and how it was checked. */
  readonly notes: string;
}

/**
 * The members of a counted set as the source states them: the codes, in
 * code order (`stated: true`).
 *
 * @category Model
 */
export interface StatedMembers<Code extends string = string> {
  /** Discriminant: the source states who they are. */
  readonly stated: true;
  /** Their codes, in code order (possibly none). */
  readonly codes: readonly Code[];
}

/**
 * Why the members of a counted set are not known:
 *
 * - `not-named`: the source gives a count (`48/63`) but names nobody;
 * - `partly-named`: it names some missing members but fewer than the count implies;
 * - `no-list`: the population has no list in this package (`ministries`:
 *   the report says "22" but not which 22).
 *
 * @category Model
 */
export type UnstatedReason = "not-named" | "partly-named" | "no-list";

/**
 * The members of a counted set are not stated by the source (`stated: false`):
 * the package does not guess them.
 *
 * @category Model
 */
export interface UnstatedMembers {
  /** Discriminant: the source does not say who they are. */
  readonly stated: false;
  /** Why not. */
  readonly reason: UnstatedReason;
}

/**
 * The members (or non-members) of a counted set, where the source states
 * them, or why not. Narrow it by `stated`.
 *
 * @category Model
 */
export type MemberSet<Code extends string = string> = StatedMembers<Code> | UnstatedMembers;

/**
 * How a set of 2023 units falls on one unit of 2025: how many of its
 * predecessors were in the set. It says nothing about the 2025 unit itself,
 * which did not exist when the set was counted.
 *
 * @category Model
 */
export interface SuccessorCoverage<Code2023 extends string = string> {
  /** The unit of 2025. */
  readonly successor: Province2025;
  /** The codes of all its 2023 predecessors, in code order. */
  readonly predecessors: readonly Code2023[];
  /** Those predecessors that were in the set, in code order. */
  readonly inSet: readonly Code2023[];
  /** Those that were not, in code order. */
  readonly notInSet: readonly Code2023[];
  /** `inSet.length`: how many predecessors were in the set (Đắk Lắk: 1). */
  readonly inSetCount: number;
  /** `predecessors.length`: of how many (Đắk Lắk: 2). */
  readonly predecessorCount: number;
}
