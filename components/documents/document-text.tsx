import { ReadingView } from "./reading-view";

/** Paragraphs are separated by blank lines (HTML import makes each block one paragraph). */
function splitParagraphs(text: string): string[] {
  return text.split(/\n(?:[^\S\n]*\n)+/).filter((paragraph) => paragraph.trim() !== "");
}

/** The document text as plain text, never as HTML; `dir="auto"` lets each paragraph pick its direction. */
export function DocumentText({ text, language }: { text: string; language: string }) {
  return (
    <ReadingView lang={language === "und" ? undefined : language}>
      {splitParagraphs(text).map((paragraph, index) => (
        <p key={index} dir="auto" className="whitespace-pre-wrap break-words">
          {paragraph}
        </p>
      ))}
    </ReadingView>
  );
}
