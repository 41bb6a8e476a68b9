/**
 * A report as data: titled sections of facts, tables and charts, in one locale. The
 * census and monthly reports build one; `renderReportHtml` turns any of them into a
 * self-contained page. Every string is plain text (the renderer escapes it).
 */
export interface ReportDocument {
  title: string;
  subtitle?: string;
  /** BCP 47 language of the text, e.g. `zh-CN`. */
  lang: string;
  /** A line at the foot of the page, e.g. what was suppressed and why. */
  footer?: string;
  sections: ReportSection[];
}

/** A labelled value, e.g. "Coverage: 93.7 %". */
export interface ReportFact {
  label: string;
  value: string;
}

/** One bar of a bar chart; `value` null draws no bar and shows `display` (e.g. "—"). */
export interface ReportBar {
  label: string;
  value: number | null;
  /** The text shown beside the bar; default the value formatted by the chart's unit. */
  display?: string;
  /** Marks a bar that misses its target. */
  short?: boolean;
  /** The bar's colour, `#rrggbb` (e.g. a warning level's); anything else is ignored. */
  colour?: string;
}

/** A section of a report. */
export type ReportSection =
  | { kind: "facts"; title: string; facts: ReportFact[] }
  | {
      kind: "bars";
      title: string;
      /** `share`: values in 0–1 shown as percentages; `count`: whole numbers. */
      unit: "share" | "count";
      bars: ReportBar[];
      /** A target drawn as a line across the bars (same unit). */
      target?: number;
      note?: string;
    }
  | {
      kind: "table";
      title: string;
      columns: string[];
      rows: (string | number)[][];
      note?: string;
    }
  | {
      kind: "trend";
      title: string;
      unit: "share" | "count";
      /** The x axis, e.g. terms in order. */
      labels: string[];
      series: { name: string; values: (number | null)[] }[];
      note?: string;
    };
