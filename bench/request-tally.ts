// What a load bench's clients measured: durations per route of the answers that succeeded, and
// the failures by HTTP status (`network` for no answer).
import { type BenchRow, percentile } from "./bench-row";

export class RequestTally {
  readonly durations = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  requests = 0;

  succeeded(route: string, ms: number): void {
    this.requests += 1;
    const list = this.durations.get(route);
    if (list) list.push(ms);
    else this.durations.set(route, [ms]);
  }

  failed(status: string): void {
    this.requests += 1;
    this.errors.set(status, (this.errors.get(status) ?? 0) + 1);
  }

  /** Durations of the routes whose names `pick` accepts, together. */
  durationsOf(pick: (route: string) => boolean): number[] {
    return [...this.durations].filter(([route]) => pick(route)).flatMap(([, list]) => list);
  }

  errorCount(pick: (status: string) => boolean = () => true): number {
    return [...this.errors].filter(([status]) => pick(status)).reduce((sum, [, n]) => sum + n, 0);
  }

  /** "409 × 3, 503 × 1", or "none". */
  describeErrors(): string {
    const parts = [...this.errors].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status} × ${n.toLocaleString("en")}`);
    return parts.length === 0 ? "none" : parts.join(", ");
  }

  /** p50/p95/p99 rows per route, in route order. */
  routeRows(prefix: string): BenchRow[] {
    return [...this.durations]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([route, list]) =>
        ([50, 95, 99] as const).map((p) => ({
          name: `${prefix}: ${route} p${p} (${list.length.toLocaleString("en")} answers)`,
          figure: percentile(list, p),
          unit: "ms",
          budget: "—",
        })),
      );
  }
}

/** Saves are the writes annotators wait for: creating, editing, deleting spans and setting stances. */
export const isSaveRoute = (route: string) => !route.startsWith("GET ");
