/** The chart `progress`: every part-of-whole figure of the report (one release). */
import type { TopLevelSpec } from "vega-lite";
import type { Observation, PartOfWholeObservation, Release } from "../../../src/index.js";
import { formatPercent, getProvince, progressRatio } from "../../../src/index.js";
import { config, VEGA_LITE_SCHEMA } from "./_config.js";
import { footer, reportSources } from "./_keys.js";
import { FIGURE, INK, MUTED, OPEN, TRACK } from "./_marks.js";

const CELLS = 560;

/**
 * The report's part-of-whole figures (19/22, 63/63 …): one row of cells per
 * figure, one cell per ministry or province, filled for the part, orange
 * where the report names who is missing.
 *
 * @param observations - The release's observations (the part-of-whole ones are drawn, in order).
 * @param release - The release.
 */
export function progressSpec(
  observations: readonly Observation[],
  release: Release,
  dataVersion: string,
): TopLevelSpec {
  const parts = observations.filter((o): o is PartOfWholeObservation => o.kind === "partOfWhole");
  const rows = parts.map((o) => {
    const share = progressRatio(o.part, o.whole);
    const missing = o.missing;
    const note =
      missing !== null
        ? `${missing.published} · missing: ${missing.codes.map((c) => getProvince(c).name).join(", ")}`
        : o.part < o.whole
          ? `còn ${o.whole - o.part} · ${o.whole - o.part} to go`
          : "";
    return {
      title: { text: o.name.vi, subtitle: o.name.en, fontSize: 13, subtitleFontSize: 12 },
      width: CELLS + 320,
      height: 18,
      layer: [
        {
          // one cell per unit of the whole: done for the part; the rest
          // missing where the report names who is missing, else not yet
          data: { sequence: { start: 0, stop: o.whole, as: "k" } },
          transform: [
            { calculate: `datum.k / ${o.whole}`, as: "a" },
            { calculate: `(datum.k + 1) / ${o.whole}`, as: "b" },
            {
              calculate: `datum.k < ${o.part} ? "done" : ${JSON.stringify(missing !== null ? "missing" : "todo")}`,
              as: "status",
            },
          ],
          mark: {
            type: "rect",
            stroke: "#ffffff",
            strokeWidth: o.whole > 30 ? 1 : 2,
            aria: false,
          },
          encoding: {
            x: {
              field: "a",
              type: "quantitative",
              scale: { domain: [0, 1], range: [0, CELLS] },
              axis: null,
            },
            x2: { field: "b" },
            color: {
              field: "status",
              type: "nominal",
              scale: { domain: ["done", "missing", "todo"], range: [FIGURE, OPEN, TRACK] },
              legend: null,
            },
          },
        },
        {
          data: {
            values: [
              {
                published: o.published,
                share: `${formatPercent(share, { locale: "vi" })} (vi) · ${formatPercent(share, { locale: "en" })} (en)`,
                note,
                description: `${o.id}: ${o.published} (${o.asOf})`,
              },
            ],
          },
          layer: [
            {
              mark: {
                type: "text",
                align: "left",
                fontSize: 18,
                fontWeight: "bold",
                color: INK,
                y: 9,
                baseline: "middle",
              },
              encoding: {
                x: { value: CELLS + 16 },
                text: { field: "published" },
                description: { field: "description" },
              },
            },
            {
              mark: {
                type: "text",
                align: "left",
                fontSize: 11,
                color: MUTED,
                y: 3,
                baseline: "middle",
              },
              encoding: { x: { value: CELLS + 84 }, text: { field: "share" } },
            },
            {
              mark: {
                type: "text",
                align: "left",
                fontSize: 11,
                color: missing !== null ? OPEN : MUTED,
                y: 17,
                baseline: "middle",
              },
              encoding: { x: { value: CELLS + 84 }, text: { field: "note" } },
            },
          ],
        },
      ],
    };
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Progress of ministries and provinces (Q1/2023): ${parts.map((o) => `${o.name.en}: ${o.published}`).join("; ")}.`,
    title: {
      text: "Tiến độ của các bộ, ngành và tỉnh/thành phố (quý 1/2023)",
      subtitle: "Progress of ministries and provinces (Q1/2023)",
    },
    config: { ...config(), concat: { spacing: 14 } },
    vconcat: [
      ...rows,
      footer(
        [
          "Mỗi ô là một bộ, ngành hoặc một tỉnh/thành phố (63 đơn vị năm 2023) · Each cell is one ministry or one province (the 63 of 2023)",
          "Xanh lá: đã đạt · cam: còn thiếu, báo cáo nêu tên · xám: còn lại · Green: done · orange: missing, named by the report · grey: not yet",
          ...reportSources(release, dataVersion),
        ],
        CELLS + 320,
      ),
    ],
  } as unknown as TopLevelSpec;
}
