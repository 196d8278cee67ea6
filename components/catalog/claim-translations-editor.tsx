"use client";

import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";

const maxTranslations = 20;

/** Rows of language and text for a claim's translations; the server checks and canonicalises them. */
export function ClaimTranslationsEditor({
  idPrefix,
  translations,
  onChange,
}: {
  /** Unique on the page: a claim's (`claim-7`) or the new claim's. */
  idPrefix: string;
  translations: readonly ClaimTranslation[];
  onChange: (translations: ClaimTranslation[]) => void;
}) {
  const replace = (index: number, change: Partial<ClaimTranslation>) =>
    onChange(translations.map((translation, i) => (i === index ? { ...translation, ...change } : translation)));

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Translations</legend>
      {translations.map((translation, index) => {
        const id = `${idPrefix}-translation-${index}`;
        return (
          <div key={index} className="flex flex-wrap items-center gap-2">
            <label htmlFor={`${id}-language`} className="sr-only">Language of translation {index + 1}</label>
            <input id={`${id}-language`} value={translation.language} placeholder="pl" required maxLength={35}
              onChange={(e) => replace(index, { language: e.target.value })}
              className="w-24 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
            <label htmlFor={`${id}-text`} className="sr-only">Text of translation {index + 1}</label>
            <input id={`${id}-text`} value={translation.text} required maxLength={1000}
              onChange={(e) => replace(index, { text: e.target.value })}
              className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
            <button type="button" onClick={() => onChange(translations.filter((_, i) => i !== index))}
              className="rounded-md px-2 py-1 text-sm text-slate-600 hover:text-red-700">
              Remove translation {index + 1}
            </button>
          </div>
        );
      })}
      {translations.length < maxTranslations && (
        <button type="button" onClick={() => onChange([...translations, { language: "", text: "" }])}
          className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100">
          Add translation
        </button>
      )}
    </fieldset>
  );
}
