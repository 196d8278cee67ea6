import Markdown from "react-markdown";

// Raw HTML in guidelines is dropped, never rendered; react-markdown also neutralises
// javascript: links by default.
const proseClasses = [
  "space-y-3 text-sm leading-6 text-slate-700",
  "[&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-slate-900",
  "[&_h4]:text-base [&_h4]:font-semibold [&_h4]:text-slate-900",
  "[&_h5]:font-semibold [&_h5]:text-slate-900 [&_h6]:font-semibold [&_h6]:text-slate-900",
  "[&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:my-1",
  "[&_a]:text-indigo-700 [&_a]:underline",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.8125rem]",
  "[&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-100 [&_pre]:p-3",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600",
].join(" ");

// The page has its own h1 and h2; the guidelines' headings nest below them.
const nestedHeadings = { h1: "h3", h2: "h4", h3: "h5", h4: "h6", h5: "h6" } as const;

export function GuidelinesMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className={proseClasses}>
      <Markdown skipHtml components={nestedHeadings}>
        {markdown}
      </Markdown>
    </div>
  );
}
