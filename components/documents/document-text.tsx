import { markedSpanElementId } from "@/lib/domain/insights/evidence-view";
import { type MarkedRange, readingParagraphs } from "@/lib/domain/document/reading-paragraphs";
import { ReadingView } from "./reading-view";

/**
 * The document text as plain text, never as HTML; `dir="auto"` lets each paragraph pick its
 * direction. `mark` highlights a span (the first of its parts carries the id a link scrolls to).
 */
export function DocumentText({ text, language, mark }: { text: string; language: string; mark?: MarkedRange }) {
  let markIdGiven = false;
  const markId = () => {
    if (markIdGiven) return undefined;
    markIdGiven = true;
    return markedSpanElementId;
  };
  return (
    <ReadingView lang={language === "und" ? undefined : language}>
      {readingParagraphs(text, mark).map((runs, index) => (
        <p key={index} dir="auto" className="whitespace-pre-wrap break-words">
          {runs.map((run, k) =>
            run.marked ? (
              <mark key={k} id={markId()} className="scroll-mt-24 rounded-sm bg-amber-200 text-inherit">
                {run.text}
              </mark>
            ) : (
              run.text
            ),
          )}
        </p>
      ))}
    </ReadingView>
  );
}
