/**
 * The chart `dti`: the national Digital Transformation Index by year,
 * beside the provincial mean and the ministries' means.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Indicator } from "../../../src/index.js";
import { conflictNotes, wrapWords } from "./_keys.js";
import { figureText, timeSeriesSpec } from "./_timeSeries.js";
import type { ChartSeries, ChartSources } from "./_types.js";

/**
 * The national DTI by the year each value is for (a bar across the year,
 * not the day it was published), with the provincial mean and the
 * ministries' two means as separate series (own colour, named in the
 * legend, never joined). A value its publisher revised (2023: the forecast,
 * then the assessed value) is ringed and its label gives the earlier value
 * and its status. The recorded conflicts of the figures drawn (the
 * provincial mean's change of frame) are stated in a note, and the
 * indicators left out (one province's DTI, whose figures are each about one
 * province) are named in a note.
 *
 * @param national - The series of `dti-national`.
 * @param means - The series of `dti-provinces-mean` and the ministries' means.
 * @param leftOut - Indicators about one area each (`dti-province`), named in a note, not drawn.
 */
export function dtiSpec(
  national: ChartSeries,
  means: readonly ChartSeries[],
  leftOut: readonly Indicator[],
  sources: ChartSources,
): TopLevelSpec {
  const points = [national, ...means].flatMap((s) => s.points);
  // the recorded conflicts of the figures drawn, each in words under its
  // footnote mark (a change of frame: why two years do not compare), just
  // above the line that names it
  const { marks } = conflictNotes(points, sources.conflicts);
  const conflictWords = [...marks].flatMap(([id, symbol]) => {
    const c = sources.conflicts.find((k) => k.id === id);
    if (c === undefined) throw new Error(`no recorded conflict ${id}`);
    return wrapWords(`${symbol.trim()} ${c.description.vi} · ${c.description.en}`);
  });
  const leftOutLines = leftOut.flatMap((indicator) => {
    const difference = means
      .flatMap((s) => s.indicator.related)
      .find((r) => r.id === indicator.id)?.difference;
    return wrapWords(
      `Không vẽ ở đây · Not drawn here: ${indicator.id} (${indicator.name.vi} · ${indicator.name.en})${difference === undefined ? "" : `: ${difference.vi} · ${difference.en}`} Mỗi số là của một tỉnh, xem series(id, { area }) · Each figure is about one province: series(id, { area }).`,
    );
  });
  return timeSeriesSpec(
    {
      series: national,
      related: means,
      title: [
        "Chỉ số chuyển đổi số (DTI): quốc gia, trung bình cấp tỉnh và trung bình cấp bộ",
        "Digital Transformation Index (DTI): national, the provinces' mean and the ministries' means",
      ],
      y: { min: 0, max: 1 },
      height: 400,
      notes: [
        ...wrapWords(
          "Mỗi giá trị nằm trên năm được đánh giá, không phải ngày công bố (thường là năm sau) · Each value stands on the year it assesses, not on the day it was published (usually a year later).",
        ),
        ...leftOutLines,
        ...conflictWords,
      ],
      description: `${national.indicator.name.en} by the year assessed: ${national.points.map(figureText).join("; ")}${means
        .map(
          (s) =>
            `; a separate series, never joined, ${s.indicator.id}: ${s.points.map(figureText).join("; ")}`,
        )
        .join(
          "",
        )}. Not drawn: ${leftOut.map((i) => i.id).join(", ")} (figures about one province).`,
    },
    sources,
  );
}
