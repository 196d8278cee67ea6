import type { ExportSetChoice, ExportStatusFilter } from "./export-formats";

/** Which documents and which annotations an export holds. */
export interface ExportFilters {
  set: ExportSetChoice;
  /** `submitted`: a submitted assignment; `adjudicated`: the review is adjudicated. */
  status?: ExportStatusFilter;
  language?: string;
  /** ISO prefixes compared as strings: `2022`, `2022-10`, `2022-10-05`. Inclusive. */
  from?: string;
  to?: string;
}
