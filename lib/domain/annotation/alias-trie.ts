/**
 * A trie of case-folded aliases, walked once from every position of the (equally folded) text:
 * one pass over the text whatever the number of aliases, Aho–Corasick style without the failure
 * links (aliases are short, so restarting the walk at each position costs little).
 */

const unspacedScripts = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}";
/** Scripts written without spaces between words: an alias in them matches anywhere, exactly. */
const unspacedCharacter = new RegExp(`[${unspacedScripts}]`, "u");
/** A letter, mark or digit of a script that separates words with spaces. */
const spacedWordCharacter = new RegExp(`^(?![${unspacedScripts}])[\\p{L}\\p{M}\\p{N}]$`, "u");
const wordEnd = `(?:(?![\\p{L}\\p{M}\\p{N}])|(?=[${unspacedScripts}]))`;

/**
 * After an alias of at least 4 letters, up to 3 more letters of its script may follow as an
 * inflected ending (Kazachstan → Kazachstanu, Tokajew → Tokajewa, Kasachstan → Kasachstans).
 * Endings starting with "sk"/"ск" are refused: those form adjectives and surnames
 * (Tokajewski), not cases.
 */
const inflectedWordEnd = {
  latin: new RegExp(`(?!sk)\\p{sc=Latin}{0,3}${wordEnd}`, "uy"),
  cyrillic: new RegExp(`(?!ск)\\p{sc=Cyrillic}{0,3}${wordEnd}`, "uy"),
};
const exactWordEnd = new RegExp(wordEnd, "uy");
const minimumLettersToInflect = 4;

const whitespaceRun = /\s+/gu;
const space = 0x20;

/** Lower case that keeps every offset: code points whose lower case is longer stay as they are. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (character) => {
    const folded = character.toLowerCase();
    return folded.length === character.length ? folded : character;
  }).join("");
}

export interface AliasEntry {
  /** Whether the alias must start and end at word boundaries (scripts with spaces). */
  wholeWord: boolean;
  /** Sticky; matches what may follow the alias up to the end of the word. */
  ending: RegExp;
  owners: { entityId: number; alias: string }[];
}

export interface AliasTrieNode {
  children: Map<number, AliasTrieNode>;
  entry?: AliasEntry;
}

function describeAlias(folded: string): Omit<AliasEntry, "owners"> {
  if (unspacedCharacter.test(folded)) return { wholeWord: false, ending: /(?:)/y };
  const letters = folded.match(/\p{L}/gu)?.length ?? 0;
  const last = Array.from(folded).at(-1) ?? "";
  if (letters >= minimumLettersToInflect && /\p{sc=Latin}/u.test(last)) {
    return { wholeWord: true, ending: inflectedWordEnd.latin };
  }
  if (letters >= minimumLettersToInflect && /\p{sc=Cyrillic}/u.test(last)) {
    return { wholeWord: true, ending: inflectedWordEnd.cyrillic };
  }
  return { wholeWord: true, ending: exactWordEnd };
}

export function buildAliasTrie(entities: readonly { id: number; aliases: readonly string[] }[]): AliasTrieNode {
  const root: AliasTrieNode = { children: new Map() };
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      // Any run of whitespace in an alias matches any run in the text.
      const key = foldCase(alias.trim()).replace(whitespaceRun, " ");
      if (key.length === 0) continue;
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let child = node.children.get(code);
        if (!child) node.children.set(code, (child = { children: new Map() }));
        node = child;
      }
      node.entry ??= { ...describeAlias(key), owners: [] };
      if (!node.entry.owners.some((owner) => owner.entityId === entity.id)) {
        node.entry.owners.push({ entityId: entity.id, alias });
      }
    }
  }
  return root;
}

/** The characters `\s` matches, by code, since this runs at every position of the text. */
function isWhitespace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function startsWord(folded: string, index: number): boolean {
  if (index === 0) return true;
  const before = Array.from(folded.slice(Math.max(0, index - 2), index)).at(-1) ?? "";
  return !spacedWordCharacter.test(before);
}

/**
 * The longest alias occurrence starting at UTF-16 index `from` of the folded text, as the entry
 * and the UTF-16 index where the match (ending included) stops; null when none starts there.
 */
export function matchAliasAt(root: AliasTrieNode, folded: string, from: number): { entry: AliasEntry; end: number } | null {
  // Most positions start no alias at all (and none starts with whitespace): answer them quickly.
  if (!root.children.has(folded.charCodeAt(from))) return null;
  const reached: { entry: AliasEntry; end: number }[] = [];
  let node = root;
  let index = from;
  while (index < folded.length) {
    const atWhitespace = isWhitespace(folded, index);
    const next = node.children.get(atWhitespace ? space : folded.charCodeAt(index));
    if (!next) break;
    node = next;
    index++;
    while (atWhitespace && index < folded.length && isWhitespace(folded, index)) index++;
    if (node.entry) reached.push({ entry: node.entry, end: index });
  }
  for (const { entry, end } of reached.reverse()) {
    if (entry.wholeWord && !startsWord(folded, from)) continue;
    entry.ending.lastIndex = end;
    const ending = entry.ending.exec(folded);
    if (ending) return { entry, end: end + ending[0].length };
  }
  return null;
}
