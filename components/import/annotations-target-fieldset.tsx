"use client";

export type AnnotationsChoice = { as: "preannotations" } | { as: "annotator"; annotatorId: number | null };

/** Where the annotations of annotated files go: pre-annotations, or one annotator's own set. */
export function AnnotationsTargetFieldset({
  annotators,
  value,
  disabled,
  onChange,
}: {
  annotators: readonly { userId: number; name: string; email: string }[];
  value: AnnotationsChoice;
  disabled: boolean;
  onChange: (value: AnnotationsChoice) => void;
}) {
  const radio = "h-4 w-4 accent-indigo-600";
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm" disabled={disabled}>
      <legend className="px-1 font-medium text-slate-800">Annotations in the files</legend>
      <p className="text-slate-600">
        brat (a <code>.zip</code>, or <code>.txt</code> and <code>.ann</code> pairs), Label Studio <code>.json</code>, doccano and
        Claimdesk <code>.jsonl</code> bring their annotations along. Missing entity types, stances and relation types are created.
      </p>
      <label className="flex items-center gap-2">
        <input
          type="radio"
          name="annotations"
          className={radio}
          checked={value.as === "preannotations"}
          onChange={() => onChange({ as: "preannotations" })}
        />
        Import as pre-annotations, kept apart from every annotator's work
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="annotations"
            className={radio}
            checked={value.as === "annotator"}
            disabled={annotators.length === 0}
            onChange={() => onChange({ as: "annotator", annotatorId: annotators[0]?.userId ?? null })}
          />
          Import as the annotations of
        </label>
        <select
          aria-label="Annotator"
          className="rounded-md border border-slate-300 bg-white px-2 py-1 disabled:opacity-60"
          disabled={value.as !== "annotator"}
          value={value.as === "annotator" ? (value.annotatorId ?? "") : ""}
          onChange={(event) => onChange({ as: "annotator", annotatorId: Number(event.target.value) })}
        >
          {value.as !== "annotator" && <option value="">an annotator…</option>}
          {annotators.map((annotator) => (
            <option key={annotator.userId} value={annotator.userId}>
              {annotator.name || annotator.email} ({annotator.email})
            </option>
          ))}
        </select>
        {annotators.length === 0 && <span className="text-slate-500">(the project has no annotators yet)</span>}
      </div>
    </fieldset>
  );
}
