// The demo's report as data: the text renderer and `--json` both read this shape.

/** A published figure beside the same figure recomputed from records. */
export interface FigureRow {
  readonly kind: 'figure';
  readonly label: string;
  /** As published, in percent (or a count when `unit` is 'count'); null where the slides give no number. */
  readonly published: number | null;
  /** The slide, or "App. I" for the report's appendix. */
  readonly source: string | null;
  /** Recomputed share in percent (or the count). */
  readonly value: number | null;
  /** 95% Wilson interval in percent, where the figure is a share. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly count: number | null;
  readonly n: number | null;
  readonly unit: 'percent' | 'count' | 'mean';
}

/** A comparison: an estimate with its interval and test. */
export interface TestRow {
  readonly kind: 'test';
  readonly label: string;
  readonly estimate: number | null;
  readonly confLow: number | null;
  readonly confHigh: number | null;
  readonly pValue: number | null;
  readonly n: number;
  readonly method: string;
}

/** Usage at all / some / none for one tool in one grouping, with what the slides say of it. */
export interface GroupRow {
  readonly kind: 'group';
  readonly label: string;
  readonly all: number | null;
  readonly some: number | null;
  readonly none: number | null;
  readonly n: number;
  /** The slide's statement about this tool in this grouping, if any. */
  readonly published: string | null;
}

export type ReportRow = FigureRow | TestRow | GroupRow;

export interface ReportSection {
  readonly title: string;
  readonly note?: string;
  readonly rows: readonly ReportRow[];
}

export interface DemoReport {
  readonly source: string;
  readonly notice: string | null;
  readonly sections: readonly ReportSection[];
  /** Data problems met while loading or analysing: never dropped silently. */
  readonly issues: readonly string[];
}
