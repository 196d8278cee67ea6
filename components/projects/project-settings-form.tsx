"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { defaultProjectSettings, type ProjectSettings } from "@/lib/domain/project/project-settings";
import { GuidelinesEditor } from "./guidelines-editor";
import { projectSettingDescriptions } from "./project-setting-descriptions";

interface EditableProject {
  id: number;
  name: string;
  description: string;
  guidelines: string;
  settings: ProjectSettings;
}

type ToggleSetting = { [K in keyof ProjectSettings]: ProjectSettings[K] extends boolean ? K : never }[keyof ProjectSettings];

const toggleSettings = (Object.keys(projectSettingDescriptions) as (keyof ProjectSettings)[]).filter(
  (key): key is ToggleSetting => typeof defaultProjectSettings[key] === "boolean",
);

const inputClass = "w-full rounded-md border border-slate-300 px-3 py-2";

export function ProjectSettingsForm({ project }: { project: EditableProject }) {
  const router = useRouter();
  const [name, setName] = useState(project.name);
  const [description, setDescription] = useState(project.description);
  const [guidelines, setGuidelines] = useState(project.guidelines);
  const [settings, setSettings] = useState(project.settings);
  const save = useMutation({
    mutationFn: (body: Omit<EditableProject, "id">) =>
      apiFetch<EditableProject>(`/api/projects/${project.id}`, { method: "PATCH", json: body }),
    onSuccess: () => router.refresh(),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ name, description, guidelines, settings });
  }

  const perDocument = projectSettingDescriptions.annotatorsPerDocument;
  const queueOrder = projectSettingDescriptions.queueOrder;
  return (
    <form onSubmit={onSubmit} className="space-y-8">
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold tracking-tight">Project</h2>
        <div className="space-y-1">
          <label htmlFor="project-name" className="block text-sm font-medium">Name</label>
          <input id="project-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="project-description" className="block text-sm font-medium">Description</label>
          <textarea id="project-description" value={description} onChange={(e) => setDescription(e.target.value)} rows={3}
            maxLength={5000} className={inputClass} />
        </div>
        <GuidelinesEditor value={guidelines} onChange={setGuidelines} />
      </section>

      <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold tracking-tight">Annotation</h2>
        <div className="space-y-1">
          <label htmlFor="setting-annotatorsPerDocument" className="block text-sm font-medium">{perDocument.label}</label>
          <input id="setting-annotatorsPerDocument" type="number" min={1} max={20} required
            value={settings.annotatorsPerDocument}
            onChange={(e) => setSettings({ ...settings, annotatorsPerDocument: e.target.valueAsNumber })}
            aria-describedby="setting-annotatorsPerDocument-help" className="w-24 rounded-md border border-slate-300 px-3 py-2" />
          <p id="setting-annotatorsPerDocument-help" className="text-sm text-slate-600">{perDocument.help}</p>
        </div>
        <div className="space-y-1">
          <label htmlFor="setting-queueOrder" className="block text-sm font-medium">{queueOrder.label}</label>
          <select id="setting-queueOrder" value={settings.queueOrder}
            onChange={(e) => setSettings({ ...settings, queueOrder: e.target.value === "uncertainty" ? "uncertainty" : "default" })}
            aria-describedby="setting-queueOrder-help" className="rounded-md border border-slate-300 px-3 py-2">
            <option value="default">Documents nearest to done first</option>
            <option value="uncertainty">Least certain recommendations first</option>
          </select>
          <p id="setting-queueOrder-help" className="text-sm text-slate-600">{queueOrder.help}</p>
        </div>
        {toggleSettings.map((key) => (
          <div key={key} className="flex gap-3">
            <input id={`setting-${key}`} type="checkbox" checked={settings[key]}
              onChange={(e) => setSettings({ ...settings, [key]: e.target.checked })}
              aria-describedby={`setting-${key}-help`} className="mt-1 size-4 accent-indigo-600" />
            <div>
              <label htmlFor={`setting-${key}`} className="text-sm font-medium">{projectSettingDescriptions[key].label}</label>
              <p id={`setting-${key}-help`} className="text-sm text-slate-600">{projectSettingDescriptions[key].help}</p>
            </div>
          </div>
        ))}
      </section>

      <div className="flex items-center gap-4">
        <button type="submit" disabled={save.isPending}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          {save.isPending ? "Saving…" : "Save settings"}
        </button>
        <p role="status" className="text-sm text-green-700">{save.isSuccess && !save.isPending ? "Saved." : ""}</p>
      </div>
      {save.error && <p role="alert" className="text-sm text-red-700">{save.error.message}</p>}
    </form>
  );
}
