import type { Reporter } from "@playwright/test/reporter";

/** Prints one line at the end of the run (e.g. why a project was left out), where a reader looks. */
export default class NoticeReporter implements Reporter {
  constructor(private readonly options: { notice: string }) {}

  onEnd(): void {
    console.log(`\n${this.options.notice}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
