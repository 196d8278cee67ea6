import { describe, expect, it } from "vitest";
import { extractHtmlArticle } from "./extract-html-article";
import { readFixture } from "./fixtures/read-fixture";

const pageParagraphs = [
  "哈萨克斯坦外交部发言人周三表示，哈萨克斯坦将继续遵守西方对俄罗斯实施的制裁，不会成为俄罗斯企业绕过限制的通道。",
  "发言人说，政府已经要求海关加强对两用物资的检查，并与欧盟和美国负责制裁事务的官员保持沟通。他还指出，违反规定的本国企业将受到处罚。",
  "分析人士认为，托卡耶夫总统在维持与莫斯科传统关系的同时，正努力避免本国经济受到“二级制裁”的冲击。哈萨克斯坦大部分石油出口仍经由俄罗斯境内的管道运往欧洲。",
  "与此同时，数以万计的俄罗斯公民在动员令发布后进入哈萨克斯坦。当局表示，将根据人道主义原则为他们提供必要的帮助。",
  "外界普遍关注，阿斯塔纳能否在俄罗斯与西方之间继续奉行“多元平衡”外交。一位驻阿拉木图的经济学家说：“制裁让哈萨克斯坦既面临风险，也看到了机会。”",
];

const fragmentParagraphs = [
  "哈萨克斯坦政府本月宣布，将对出口到俄罗斯的一百多种高科技产品实行许可证管理，这些产品可能被用于军事目的。",
  "官员表示，新规定的目的是确保哈萨克斯坦不被用作规避西方制裁的中转站。海关将重点检查电子元件、无人机零件和精密机床。",
  "哈萨克斯坦与俄罗斯同属欧亚经济联盟，两国之间没有常规的海关检查，这使得监管平行进口变得十分困难。",
  "9月28日，哈萨克斯坦总统托卡耶夫在新闻发布会上重申，哈方尊重国际制裁机制，同时希望与俄罗斯保持正常的经贸往来。",
  "资料图片：阿斯塔纳市中心的政府大楼",
  "不少经济学家认为，在制裁与合作之间寻找平衡，将是哈萨克斯坦未来几年外交政策的核心课题。",
];

function expectNoMarkupOrBoilerplate(text: string, boilerplate: string[]): void {
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/&[a-z]+;|&#\d+;/i);
  expect(text).not.toMatch(/https?:|www\.|\.html/);
  expect(text).not.toContain("🔥");
  expect(text).not.toMatch(/adsbygoogle|push\(|window\./);
  for (const phrase of boilerplate) expect(text).not.toContain(phrase);
  expect(text).not.toMatch(/\n{3,}/);
}

describe("extractHtmlArticle on a full Chinese news page", () => {
  const article = extractHtmlArticle(readFixture("zh-news-page.html"));

  it("keeps every article paragraph, separated by one blank line, after the headline", () => {
    expect(article.text.split("\n\n")).toEqual(["哈萨克斯坦表示不会帮助俄罗斯规避制裁", ...pageParagraphs]);
  });

  it("drops navigation, breadcrumb, notice, ads, scripts, related and promoted links", () => {
    expectNoMarkupOrBoilerplate(article.text, [
      "首页", "正文", "网站通知", "广告", "阿拉木图机票", "trackPageView", "相关阅读",
      "吉尔吉斯斯坦银行", "跨里海运输走廊", "热门", "热门排行", "版权所有", "loadComments",
    ]);
  });

  it("reads the title, date and address from the page", () => {
    expect(article.title).toBe("哈萨克斯坦表示不会帮助俄罗斯规避制裁");
    expect(article.publishedAt).toBe("2022-10-05T08:30:00+08:00");
    expect(article.sourceUrl).toBe("https://news.example.org/world/2022/10/kazakhstan-sanctions.html");
  });
});

describe("extractHtmlArticle on a Chinese fragment saved as text", () => {
  const article = extractHtmlArticle(readFixture("zh-news-fragment.txt"));
  const paragraphs = article.text.split("\n\n");

  it("keeps every article paragraph, with tag-link words but not their addresses", () => {
    expect(paragraphs.slice(0, 7)).toEqual(["哈萨克斯坦为何收紧对俄出口管制？", ...fragmentParagraphs]);
  });

  it("drops the two-paragraph site notice, related list, promoted links and ads", () => {
    expectNoMarkupOrBoilerplate(article.text, ["读者请注意", "客户端", "订阅本站", "相关阅读", "中亚国家如何应对", "热点", "专题", "ADSLOT", "CLICK_URL"]);
  });

  it("takes the title from the first heading", () => {
    expect(article.title).toBe("哈萨克斯坦为何收紧对俄出口管制？");
  });
});

describe("extractHtmlArticle on small pages", () => {
  it("still reads a page too short for Readability", () => {
    const article = extractHtmlArticle(readFixture("short-page.html"));
    expect(article.text).toBe("Kazakhstan backs sanctions.");
    expect(article.title).toBe("Short note");
  });

  it("decodes entities and turns <br> into a line break", () => {
    const article = extractHtmlArticle(
      "<body><p>Exports of oil &amp; gas&nbsp;rose &lt;slightly&gt;.<br>Astana   denied\n  it.</p><p> </p><ul><li>Customs</li><li>Banks</li></ul></body>",
    );
    expect(article.text).toBe("Exports of oil & gas\u00A0rose <slightly>.\nAstana denied it.\n\nCustoms\n\nBanks");
  });

  it("returns empty text for a page of boilerplate only", () => {
    expect(extractHtmlArticle(readFixture("boilerplate-only.html")).text).toBe("");
  });
});

describe("extractHtmlArticle headlines", () => {
  const body =
    "<p>Kazakhstan will keep complying with Western sanctions against Russia, a foreign ministry spokesman said on Wednesday in Astana.</p>" +
    "<p>Customs officers have stepped up checks on electronics and machine parts bound for Russia, he added.</p>";

  it("starts the text with the headline exactly once, even when Readability drops it", () => {
    const headline = "Kazakhstan says it will not help Russia dodge sanctions";
    const html = `<html><head><title>${headline} - Example News</title></head><body><article><h1>${headline}</h1>${body}</article></body></html>`;
    const article = extractHtmlArticle(html);
    expect(article.title).toBe(headline);
    expect(article.text.split("\n\n")[0]).toBe(headline);
    expect(article.text.split(headline)).toHaveLength(2);
  });

  it("never adds a <title> that is not a heading of the page", () => {
    const html = `<html><head><title>Example News</title></head><body><article><h2>Astana tightens export controls</h2>${body}</article></body></html>`;
    expect(extractHtmlArticle(html).text).not.toContain("Example News");
  });

  it("drops a site name from a Chinese page title when the page's heading is the headline", () => {
    const headline = "托卡耶夫：哈萨克斯坦遵守对俄制裁";
    const paragraphs = "<p>哈萨克斯坦总统托卡耶夫表示，哈萨克斯坦将继续遵守西方对俄罗斯的制裁，不会帮助俄罗斯规避制裁。</p>".repeat(3);
    const html = `<html><head><title>${headline} - 示例新闻网</title></head><body><article><h1>${headline}</h1>${paragraphs}</article></body></html>`;
    expect(extractHtmlArticle(html).title).toBe(headline);
  });
});
