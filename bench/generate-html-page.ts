import { paragraph, pickWord, seededRandom, sentence } from "./generate-articles";

function links(random: () => number, count: number): string {
  return Array.from({ length: count }, (_, i) => `<li><a href="/news/${i}-${pickWord(random)}">${sentence(random, 5)}</a></li>`).join("\n");
}

function script(random: () => number): string {
  const statements = Array.from(
    { length: 40 },
    (_, i) => `window.__ads=window.__ads||[];window.__ads.push({slot:"slot-${i}",key:"${pickWord(random)}",size:[300,250]});`,
  );
  return `<script type="text/javascript">${statements.join("\n")}</script>`;
}

/**
 * A news page of about 30 KB shaped like the real thing: head with styles and scripts,
 * navigation, a site notice, the article, sidebars with related links and ads, a footer.
 */
export function newsHtmlPage(index: number): string {
  const random = seededRandom(100_000 + index);
  const title = `${sentence(random, 7)} (${index})`;
  const body = Array.from({ length: 24 }, () => `<p>${paragraph(random, 480)}</p>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Daily News</title>
<meta name="description" content="${sentence(random, 12)}">
<style>body{font-family:sans-serif}.ad{width:300px;height:250px}.nav a{color:#333}</style>
${script(random)}
</head><body>
<div class="site-notice">Cookies help us deliver our services. <a href="/privacy">Privacy</a></div>
<header class="nav"><nav><ul>${links(random, 30)}</ul></nav></header>
<div class="ad" id="ad-top">${sentence(random, 8)}</div>
<main><article>
<h1>${title}</h1>
<p class="byline">By ${pickWord(random)} ${pickWord(random)} · <time datetime="2022-10-05">5 October 2022</time></p>
${body}
</article></main>
<aside class="sidebar"><h2>Related</h2><ul>${links(random, 25)}</ul><div class="ad">${sentence(random, 10)}</div></aside>
<aside class="sidebar"><h2>Most read</h2><ol>${links(random, 15)}</ol></aside>
${script(random)}
<footer><ul>${links(random, 20)}</ul><p>© 2022 Daily News</p></footer>
</body></html>`;
}
