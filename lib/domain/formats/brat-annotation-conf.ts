import { FormatError } from "./read-result";

export interface BratAnnotationConf {
  /** Annotatable entity types in file order (abstract `!Type` entries left out). */
  entities: string[];
  relations: string[];
  events: string[];
  attributes: { name: string; values: string[] }[];
}

const SECTIONS = ["entities", "relations", "events", "attributes"] as const;
type Section = (typeof SECTIONS)[number];

const isSection = (name: string): name is Section => (SECTIONS as readonly string[]).includes(name);

/**
 * brat's `annotation.conf`: `[entities]`, `[relations]`, `[events]`, `[attributes]` sections;
 * `#` comments; tab-indented hierarchies; `!Type` for types that only group others;
 * `<MACRO>=…` definitions and `<OVERLAP>`-style settings, which hold no type and are skipped.
 */
export function parseBratAnnotationConf(content: string, fileName = "annotation.conf"): BratAnnotationConf {
  const conf: BratAnnotationConf = { entities: [], relations: [], events: [], attributes: [] };
  let section: Section | null = null;
  content.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      const name = header[1]!.trim().toLowerCase();
      if (!isSection(name)) {
        throw new FormatError({ code: "invalid_config", message: `unknown section [${name}]`, document: fileName, line: index + 1 });
      }
      section = name;
      return;
    }
    if (section === null) {
      throw new FormatError({ code: "invalid_config", message: "a type is defined before any [section]", document: fileName, line: index + 1 });
    }
    const [name = ""] = line.split(/\s+/);
    if (name.startsWith("<") || name.startsWith("!") || /^-+$/.test(name)) return;
    if (section === "attributes") {
      const values = /Value:([^,\s]+)/.exec(line)?.[1]?.split("|") ?? [];
      conf.attributes.push({ name, values });
    } else {
      conf[section].push(name);
    }
  });
  return conf;
}
