import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const exported = new RegExp(
  String.raw`export\s+(?:const|(?:async\s+)?function)\s+(${methods.join("|")})\b|export\s*\{([^}]*)\}`,
  "g",
);

/** The HTTP methods a route file exports: `export const GET`, `export function POST`, `export { x as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(exported)) {
    if (match[1]) found.add(match[1]);
    for (const name of match[2]?.split(",") ?? []) {
      const alias = name.trim().split(/\s+as\s+/).pop();
      if (alias && methods.includes(alias)) found.add(alias);
    }
  }
  return [...found];
}

/** Every `METHOD /api/…` that the route files under `app/api` answer, path spelled as its folders are. */
export function listApiRoutes(appDir: string): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(path.join(appDir, "api"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) continue;
    const folder = path.relative(appDir, entry.parentPath).split(path.sep).filter((part) => !/^\(.*\)$/.test(part));
    const source = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    for (const method of exportedMethods(source)) routes.push(`${method} /${folder.join("/")}`);
  }
  return routes.sort();
}
