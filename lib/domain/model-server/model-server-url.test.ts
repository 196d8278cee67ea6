import { describe, expect, it } from "vitest";
import { parseModelServerUrl } from "./model-server-url";

describe("parseModelServerUrl", () => {
  it("accepts http and https URLs and ends the path with a slash", () => {
    expect(parseModelServerUrl(" http://127.0.0.1:9090 ")).toEqual({
      ok: true,
      address: { baseUrl: "http://127.0.0.1:9090/", authorization: null, display: "http://127.0.0.1:9090/" },
    });
    expect(parseModelServerUrl("https://models.example.org/ner")).toMatchObject({
      ok: true,
      address: { baseUrl: "https://models.example.org/ner/" },
    });
  });

  it("moves credentials into a basic Authorization header and masks them everywhere it shows the URL", () => {
    const parsed = parseModelServerUrl("https://ml:s%C3%A9cret@models.example.org/");
    expect(parsed).toEqual({
      ok: true,
      address: {
        baseUrl: "https://models.example.org/",
        authorization: `Basic ${Buffer.from("ml:sécret", "utf8").toString("base64")}`,
        display: "https://***@models.example.org/",
      },
    });
  });

  it("refuses other schemes, relative URLs, queries and fragments, without echoing the input", () => {
    for (const url of ["ftp://host/", "file:///etc/passwd", "javascript:alert(1)", "host:9090", "/predict", "http://h/?a=1", "http://h/#x", ""]) {
      const parsed = parseModelServerUrl(url);
      expect(parsed.ok, url).toBe(false);
    }
    const refused = parseModelServerUrl("ftp://user:hunter2@host/");
    expect(refused.ok === false && refused.message).not.toContain("hunter2");
  });
});
