// Where a value came from and what went wrong with it: the source position and the diagnostic every phase reports.

/** A place in a source file; line and column are 1-based. */
export interface SourcePos {
  file: string;
  line: number;
  column?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A content problem or a removal, reported instead of thrown so one bad line never stops a deck. */
export interface Diagnostic extends SourcePos {
  severity: Severity;
  /** Short machine-readable kind, e.g. "noise", "metadata", "front-matter", "overflow". */
  code: string;
  message: string;
  /** The source text concerned, for removals. */
  text?: string;
}
