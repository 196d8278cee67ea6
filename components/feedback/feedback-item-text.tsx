import type { SpanDifference } from "@/lib/domain/feedback/compare-with-gold";
import { describeAttribute, describeSpan } from "@/components/adjudication/describe-span";
import type { AnnotatorFeedback, FeedbackItemView, FeedbackSpan } from "./feedback-types";

const attributeNames: Record<SpanDifference, string> = {
  boundaries: "Extent",
  entityType: "Type",
  entity: "Entity",
  claim: "Claim",
  stance: "Stance",
  claimant: "Claimant",
};

interface Props {
  item: FeedbackItemView;
  feedback: AnnotatorFeedback;
  spansById: ReadonlyMap<number, FeedbackSpan>;
}

/** What an item says, in words: the span and, where the gold set differs, each difference. */
export function FeedbackItemText({ item, feedback, spansById }: Props) {
  const gold = item.goldSpanId === null ? undefined : spansById.get(item.goldSpanId);
  const own = item.ownSpanId === null ? undefined : spansById.get(item.ownSpanId);
  const span = gold ?? own;
  if (!span) return null;
  const words = (s: FeedbackSpan, attribute: SpanDifference) => describeAttribute(s, attribute, feedback.labels, spansById);
  return (
    <div className="min-w-0 space-y-1">
      <p className="break-words font-serif text-slate-900" dir="auto">
        “{span.quote}”
      </p>
      {item.kind === "different" && gold && own ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
          {item.differences.map((attribute) => (
            <div key={attribute} className="contents">
              <dt className="font-medium text-slate-700">{attributeNames[attribute]}</dt>
              <dd className="min-w-0 break-words text-slate-700">
                gold: <span className="font-medium text-slate-900">{words(gold, attribute)}</span> · yours:{" "}
                <span className="font-medium text-slate-900">{words(own, attribute)}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="break-words text-xs text-slate-600">{describeSpan(span, feedback.labels, spansById).join(" · ")}</p>
      )}
    </div>
  );
}
