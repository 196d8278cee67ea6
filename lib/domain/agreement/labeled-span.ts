/** A labelled stretch of a document, half-open [start, end) in code points like every Claimdesk span. */
export interface LabeledSpan {
  start: number;
  end: number;
  label: string;
}
