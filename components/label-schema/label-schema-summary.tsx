import type { ColoredLabelView, LabelSchemaView } from "@/lib/server/label-schema/label-schema-view";

function ColoredLabels({ title, labels }: { title: string; labels: ColoredLabelView[] }) {
  return (
    <section aria-label={title} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="font-semibold tracking-tight">{title}</h3>
      {labels.length === 0 ? (
        <p className="text-sm text-slate-500">None.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {labels.map((label) => (
            <li key={label.id} className="flex items-center gap-2 rounded-full border border-slate-200 px-3 py-1 text-sm">
              <span aria-hidden className="size-3 rounded-full" style={{ backgroundColor: label.color }} />
              <span className="font-medium">{label.name}</span>
              <span className="font-mono text-xs text-slate-500">{label.key}</span>
              {label.hotkey && (
                <kbd title="Hotkey" className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs">{label.hotkey}</kbd>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The label schema as members who may not edit it see it. */
export function LabelSchemaSummary({ schema }: { schema: LabelSchemaView }) {
  return (
    <div className="space-y-6">
      <ColoredLabels title="Entity types" labels={schema.entityTypes} />
      <ColoredLabels title="Stance labels" labels={schema.stanceLabels} />
      <section aria-label="Relation types" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h3 className="font-semibold tracking-tight">Relation types</h3>
        {schema.relationTypes.length === 0 ? (
          <p className="text-sm text-slate-500">None.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {schema.relationTypes.map((type) => (
              <li key={type.id}>
                <span className="font-medium">{type.name}</span> <span className="font-mono text-xs text-slate-500">{type.key}</span>{" "}
                <span className="text-slate-500">{type.directed ? "(directed)" : "(undirected)"}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
