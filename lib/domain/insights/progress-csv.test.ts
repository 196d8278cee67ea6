import { describe, expect, it } from "vitest";
import { progressViewCsv } from "./insights-csv";

describe("progressViewCsv", () => {
  it("writes each annotator's submissions per day with zeros, weekly F1 and median time, then what is still needed", () => {
    const csv = progressViewCsv({
      days: ["2024-03-04", "2024-03-05", "2024-03-06"],
      annotators: [
        {
          userId: 7,
          name: "Alice, senior",
          email: "alice@example.com",
          submittedPerDay: { "2024-03-04": 2, "2024-03-06": 1 },
          medianSecondsPerDocument: 90.5,
          agreementOverTime: [{ week: "2024-W10", f1: 0.75 }],
        },
        {
          userId: 9,
          name: "=Bob",
          email: "bob@example.com",
          submittedPerDay: { "2024-03-05": 4 },
          medianSecondsPerDocument: null,
          agreementOverTime: [{ week: "2024-W10", f1: null }],
        },
      ],
      queueRemaining: 12,
    });
    expect(csv).toBe(
      [
        "user_id,annotator,email,measure,period,value",
        '7,"Alice, senior",alice@example.com,submitted,2024-03-04,2',
        '7,"Alice, senior",alice@example.com,submitted,2024-03-05,0',
        '7,"Alice, senior",alice@example.com,submitted,2024-03-06,1',
        '7,"Alice, senior",alice@example.com,f1_vs_gold,2024-W10,0.75',
        '7,"Alice, senior",alice@example.com,median_seconds_per_document,,90.5',
        "9,'=Bob,bob@example.com,submitted,2024-03-04,0",
        "9,'=Bob,bob@example.com,submitted,2024-03-05,4",
        "9,'=Bob,bob@example.com,submitted,2024-03-06,0",
        "9,'=Bob,bob@example.com,f1_vs_gold,2024-W10,",
        "9,'=Bob,bob@example.com,median_seconds_per_document,,",
        ",,,submissions_still_needed,,12",
        "",
      ].join("\r\n"),
    );
  });

  it("writes only the header and what is still needed when nobody has submitted", () => {
    expect(progressViewCsv({ days: [], annotators: [], queueRemaining: 40 })).toBe(
      "user_id,annotator,email,measure,period,value\r\n,,,submissions_still_needed,,40\r\n",
    );
  });
});
