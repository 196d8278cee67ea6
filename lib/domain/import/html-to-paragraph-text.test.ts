import { describe, expect, it } from "vitest";
import { htmlToParagraphText } from "./html-to-paragraph-text";
import { parseHtmlDocument } from "./parse-html-document";

const textOf = (html: string) => htmlToParagraphText(parseHtmlDocument(html).body);

describe("htmlToParagraphText", () => {
  it("makes each block a paragraph and keeps inline elements inline", () => {
    expect(textOf("<div>Lead <b>bold</b> <a href='#'>link</a><p>Inner</p>tail</div><h2>Heading</h2>")).toBe(
      "Lead bold link\n\nInner\n\ntail\n\nHeading",
    );
  });

  it("collapses whitespace, trims paragraphs and drops empty ones", () => {
    expect(textOf("<p>  Astana \n\t and   Moscow  </p><p>\n</p><div><span> </span></div><p>End</p>")).toBe(
      "Astana and Moscow\n\nEnd",
    );
  });

  it("keeps line breaks of <pre> and <br> but never more than one blank line", () => {
    expect(textOf("<pre>line one\n  line two</pre><p>a<br><br><br><br>b</p>")).toBe("line one\nline two\n\na\n\nb");
  });

  it("skips scripts, styles and ruby glosses", () => {
    expect(textOf("<p>哈<ruby>萨<rt>sà</rt></ruby>克<script>x()</script><style>p{}</style></p>")).toBe("哈萨克");
  });

  it("separates table cells and rows", () => {
    expect(textOf("<table><tr><td>Oil</td><td>80%</td></tr><tr><td>Gas</td><td>20%</td></tr></table>")).toBe(
      "Oil 80%\n\nGas 20%",
    );
  });
});
