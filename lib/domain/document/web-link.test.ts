import { describe, expect, it } from "vitest";
import { webLink } from "./web-link";

describe("webLink", () => {
  it("links http and https addresses by their host", () => {
    expect(webLink("https://news.example.com/a?b=1")).toEqual({ href: "https://news.example.com/a?b=1", label: "news.example.com" });
  });

  it("refuses other schemes and text that is no address", () => {
    expect(webLink("javascript:alert(1)")).toBeNull();
    expect(webLink("not a url")).toBeNull();
  });
});
