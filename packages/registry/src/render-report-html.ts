import { escapeHtml } from "@psyscreen/core";
import type { ReportBar, ReportDocument, ReportSection } from "./report-document";

/** Text as HTML: every character that could open markup is escaped. */
const PALETTE = ["#2f6f9f", "#c0603a", "#5b8c3a", "#8a5aa8", "#b08a1e", "#3a8c8a"];

/** A value in a chart's unit, as text. */
function formatValue(value: number, unit: "share" | "count"): string {
  return unit === "share" ? `${(value * 100).toFixed(1)} %` : value.toLocaleString("en");
}

/** A bar's own colour as an attribute, only when it is a plain `#rrggbb`. */
function colourOf(bar: ReportBar): string {
  return bar.colour !== undefined && /^#[0-9a-f]{6}$/i.test(bar.colour)
    ? ` style="fill:${bar.colour}"`
    : "";
}

function barsSvg(section: Extract<ReportSection, { kind: "bars" }>): string {
  const rowHeight = 22;
  const labelWidth = 150;
  const barWidth = 420;
  const valueWidth = 160;
  const width = labelWidth + barWidth + valueWidth;
  const height = section.bars.length * rowHeight + 8;
  const max =
    section.unit === "share"
      ? 1
      : Math.max(1, section.target ?? 0, ...section.bars.map((b) => b.value ?? 0));
  const x = (v: number) => labelWidth + (Math.max(0, v) / max) * barWidth;
  const rows = section.bars.map((bar: ReportBar, i) => {
    const y = 4 + i * rowHeight;
    const shown = bar.display ?? (bar.value === null ? "—" : formatValue(bar.value, section.unit));
    const rect =
      bar.value === null
        ? ""
        : `<rect x="${labelWidth}" y="${y + 3}" width="${(x(bar.value) - labelWidth).toFixed(1)}" height="${rowHeight - 8}" class="${bar.short ? "bar short" : "bar"}"${colourOf(bar)}/>`;
    return `<g><text x="${labelWidth - 6}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${escapeHtml(bar.label)}</text>${rect}<text x="${labelWidth + barWidth + 6}" y="${y + rowHeight / 2 + 4}">${escapeHtml(shown)}</text></g>`;
  });
  const target =
    section.target === undefined
      ? ""
      : `<line x1="${x(section.target).toFixed(1)}" x2="${x(section.target).toFixed(1)}" y1="0" y2="${height}" class="target"/>`;
  const label = `${section.title}: ${section.bars
    .map(
      (b) =>
        `${b.label} ${b.display ?? (b.value === null ? "—" : formatValue(b.value, section.unit))}`,
    )
    .join("; ")}`;
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(label)}">${rows.join("")}${target}</svg>`;
}

function trendSvg(section: Extract<ReportSection, { kind: "trend" }>): string {
  const width = 660;
  const height = 240;
  const left = 56;
  const bottom = 40;
  const top = 12;
  const right = 16;
  const values = section.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max =
    section.unit === "share" ? Math.max(0.05, ...values) * 1.1 : Math.max(1, ...values) * 1.1;
  const n = section.labels.length;
  const x = (i: number) => left + (n <= 1 ? 0 : (i / (n - 1)) * (width - left - right));
  const y = (v: number) => top + (1 - v / max) * (height - top - bottom);
  const axis = [0, 0.5, 1].map((f) => {
    const v = max * f;
    return `<g><line x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="grid"/><text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(formatValue(section.unit === "count" ? Math.round(v) : v, section.unit))}</text></g>`;
  });
  const labels = section.labels.map(
    (l, i) =>
      `<text x="${x(i).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle">${escapeHtml(l)}</text>`,
  );
  const lines = section.series.map((s, k) => {
    const colour = PALETTE[k % PALETTE.length]!;
    const points = s.values
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null);
    const dots = points.map((p) => {
      const [cx, cy] = p.split(",");
      return `<circle cx="${cx}" cy="${cy}" r="3.5" fill="${colour}"/>`;
    });
    return `<polyline points="${points.join(" ")}" fill="none" stroke="${colour}" stroke-width="2"/>${dots.join("")}`;
  });
  const legend = section.series.map(
    (s, k) =>
      `<span class="key"><span class="swatch" style="background:${PALETTE[k % PALETTE.length]}"></span>${escapeHtml(s.name)}</span>`,
  );
  const label = `${section.title}: ${section.series
    .map(
      (s) =>
        `${s.name} ${s.values.map((v, i) => `${section.labels[i]} ${v === null ? "—" : formatValue(v, section.unit)}`).join(", ")}`,
    )
    .join("; ")}`;
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(label)}">${axis.join("")}${labels.join("")}${lines.join("")}</svg><p class="legend">${legend.join("")}</p>`;
}

function table(columns: string[], rows: (string | number)[][]): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join("")}</tr>`,
    )
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function section(s: ReportSection): string {
  const note = "note" in s && s.note ? `<p class="note">${escapeHtml(s.note)}</p>` : "";
  switch (s.kind) {
    case "facts":
      return `<section><h2>${escapeHtml(s.title)}</h2><dl>${s.facts.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`).join("")}</dl></section>`;
    case "table":
      return `<section><h2>${escapeHtml(s.title)}</h2>${table(s.columns, s.rows)}${note}</section>`;
    case "bars":
      return `<section><h2>${escapeHtml(s.title)}</h2><figure>${barsSvg(s)}</figure>${note}</section>`;
    case "trend":
      return `<section><h2>${escapeHtml(s.title)}</h2><figure>${trendSvg(s)}</figure>${note}</section>`;
  }
}

const STYLE = `
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:920px;padding:24px;color:#1d2530;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid #d5dbe3;padding-bottom:4px}
.subtitle{color:#536070;margin:0}
dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:8px;margin:0}
dl div{background:#f3f6f9;border-radius:6px;padding:8px 10px}dt{color:#536070;font-size:12px}dd{margin:0;font-size:18px;font-weight:600}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e3e8ee;padding:4px 8px;text-align:right}th:first-child,thead th:first-child{text-align:left}
thead th{background:#f3f6f9}
svg text{font-size:12px;fill:#1d2530}.bar{fill:#2f6f9f}.bar.short{fill:#c0603a}.target{stroke:#1d2530;stroke-dasharray:4 3}.grid{stroke:#e3e8ee}
figure{margin:0}.legend{margin:4px 0}.key{margin-right:16px;white-space:nowrap}.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.note,footer{color:#536070;font-size:12px}footer{margin-top:32px;border-top:1px solid #d5dbe3;padding-top:8px}
@media print{body{padding:0}section{break-inside:avoid}}
`;

/**
 * Renders a report as one self-contained HTML page a teacher can open offline: inline
 * CSS and SVG charts, no script, no external resource (a Content-Security-Policy in the
 * page forbids both), every text escaped. Charts carry their numbers as an accessible
 * label.
 *
 * @param doc - the report
 * @returns the page
 * @example
 * renderReportHtml({ title: "Census", lang: "en", sections: [] }).startsWith("<!doctype html>") // => true
 */
export function renderReportHtml(doc: ReportDocument): string {
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(doc.lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${escapeHtml(doc.title)}</h1>${doc.subtitle ? `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>` : ""}</header>`,
    ...doc.sections.map(section),
    doc.footer ? `<footer>${escapeHtml(doc.footer)}</footer>` : "",
    "</body></html>",
    "",
  ].join("\n");
}
