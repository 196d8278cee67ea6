/**
 * Characters of scripts written without spaces between words: Thai, Lao, Myanmar, Khmer,
 * CJK (radicals to unified ideographs, kana included), compatibility ideographs and the
 * supplementary ideograph planes. Plain ranges, which scan much faster than script classes.
 */
const unspacedCharacter =
  /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u2FDF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3134F}]/gu;

/**
 * Puts spaces around every character of unspaced scripts, so that the word index holds
 * each as a token and a phrase of characters finds any substring, whatever a segmenter
 * would have made of the words (it splits names such as 托卡耶夫 into single characters).
 */
function spaceOutUnspaced(text: string): string {
  return text.replace(unspacedCharacter, " $& ");
}

/** The form of a document that the word index stores. */
export function toSearchableText(title: string, text: string): string {
  return spaceOutUnspaced(`${title}\n${text}`);
}

/**
 * An FTS5 query requiring every term of `q`: a word prefix for spaced scripts ("Kazachstan"
 * finds "Kazachstanu"), a phrase of characters for Chinese. Terms are quoted, so FTS5
 * syntax in user input is taken literally. Null when `q` has no letter or digit.
 */
export function toSearchMatchExpression(q: string): string | null {
  const terms = searchTerms(q).map((term) => `"${spaceOutUnspaced(term).trim().replaceAll('"', '""')}"*`);
  return terms.length > 0 ? terms.join(" ") : null;
}

function searchTerms(q: string): string[] {
  return q
    .normalize("NFC")
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term));
}

// The same search for PostgreSQL, whose text search knows neither FTS5's tokenizer nor its
// phrases of single characters: tokens are made here, as FTS5's `unicode61 remove_diacritics 2`
// makes them from `toSearchableText` (letters, digits and private-use characters; case folded;
// diacritics dropped from Latin letters only; marks elsewhere separate tokens), and
// written as a tsvector and a tsquery in those types' own input syntax, so that no parser or
// dictionary of the server changes them.
//
// A run of unspaced characters is indexed as overlapping pairs, each pair at the position of its
// first character and the run's last character alone: a phrase of characters then needs
// adjacent pairs, which are far rarer than single characters, so PostgreSQL's limit of 256
// positions per word rarely drops an occurrence in a long text.

const latinWithMarks = /(\p{Script=Latin})\p{M}+/gu;
const ascii = /^[\x00-\x7f]*$/;
// One match per token: an unspaced letter alone (group 1), or a run of other letters, digits and
// private-use characters (group 2); everything else separates tokens.
const tokenCharacters = "[\\p{L}\\p{N}\\p{Co}]";
const unspacedRanges = `[${unspacedCharacter.source.slice(1, -1)}]`;
const searchToken = new RegExp(`([${tokenCharacters}&&${unspacedRanges}])|([${tokenCharacters}--${unspacedRanges}]+)`, "gv");
// Lower-case letters whose simple case folding is another letter (`ς` → `σ`, `ſ` → `s`, `µ` → `μ`).
const foldedOtherwise = /[\u00b5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/u;

/** Tokens are cut at this many code points; a longer word matches by its beginning. */
const maxTokenLength = 200;
/** PostgreSQL's largest position; later tokens wrap around (see `toSearchVector`). */
const maxPosition = 16_383;
const maxPositionsPerLexeme = 256;
/** PostgreSQL's limit on a tsvector's lexemes and positions (1 MiB), with a margin. */
const maxVectorBytes = 1_000_000;

/** Simple case folding of one character: `Σ`, `ς` → `σ`; `ß` and `ı` stay. */
function foldCharacter(character: string): string {
  const lower = character.toLowerCase();
  if (!foldedOtherwise.test(lower)) return [...lower].length === 1 ? lower : character;
  return lower.toUpperCase().toLowerCase();
}

// Per character where it matters: a whole word's toLowerCase ends it with `ς`, not `σ`.
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!foldedOtherwise.test(lower)) return lower;
  let folded = "";
  for (const character of word) folded += foldCharacter(character);
  return folded;
}

interface SearchToken {
  text: string;
  unspaced: boolean;
}

/** The tokens FTS5 reads from `text`, folded, in order; each unspaced character is one. */
function searchTokens(text: string): SearchToken[] {
  const plain = ascii.test(text) ? text : text.normalize("NFD").replace(latinWithMarks, "$1").normalize("NFC");
  const tokens: SearchToken[] = [];
  for (const [, unspaced, word] of plain.matchAll(searchToken)) {
    if (unspaced !== undefined) {
      tokens.push({ text: unspaced, unspaced: true });
    } else if (word !== undefined) {
      const kept = word.length > maxTokenLength ? [...word].slice(0, maxTokenLength).join("") : word;
      tokens.push({ text: foldWord(kept), unspaced: false });
    }
  }
  return tokens;
}

/**
 * The lexeme at each token's position: a word itself; an unspaced character paired with the
 * next token when that is unspaced too, else alone.
 */
function lexemeAt(tokens: readonly SearchToken[], index: number): string {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return token.unspaced && next?.unspaced ? token.text + next.text : token.text;
}

const quoteLexeme = (lexeme: string) => `'${lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/** Bytes of `text` in UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes PostgreSQL stores for lexemes with these many positions each. */
function vectorBytes(lexemes: readonly { bytes: number; positions: number[] }[], positionsEach: number): number {
  let total = 0;
  for (const lexeme of lexemes) {
    const positions = Math.min(lexeme.positions.length, positionsEach);
    total += positions > 0 ? lexeme.bytes + (lexeme.bytes % 2) + 2 + 2 * positions : lexeme.bytes;
  }
  return total;
}

/**
 * A document's title and text as a PostgreSQL tsvector literal (`'word':1,7 'pair':2`), for
 * `toSearchQuery`. Positions past PostgreSQL's 16,383 wrap around rather than pile up on the
 * last one: a phrase deep in a long text is still found, and a false match would need every
 * word of a phrase to land on aligned positions. A vector too large for PostgreSQL keeps fewer
 * positions per word, then positions for its first words only (later words match alone, not in
 * phrases), then (beyond any article's size) only its first words.
 */
export function toSearchVector(title: string, text: string): string {
  const tokens = searchTokens(`${title}\n${text}`);
  const byLexeme = new Map<string, number[]>();
  for (let index = 0; index < tokens.length; index++) {
    const lexeme = lexemeAt(tokens, index);
    const position = (index % maxPosition) + 1;
    const positions = byLexeme.get(lexeme);
    if (positions) positions.push(position);
    else byLexeme.set(lexeme, [position]);
  }
  const wrapped = tokens.length > maxPosition;
  const lexemes = [...byLexeme].map(([lexeme, positions]) => ({
    lexeme,
    bytes: utf8Length(lexeme),
    positions: wrapped ? [...new Set(positions)].sort((a, b) => a - b) : positions,
  }));
  let positionsEach = maxPositionsPerLexeme;
  while (positionsEach > 1 && vectorBytes(lexemes, positionsEach) > maxVectorBytes) positionsEach = Math.floor(positionsEach / 2);
  // Words keep their positions while every later word still fits without any.
  let unwritten = lexemes.reduce((sum, lexeme) => sum + lexeme.bytes, 0);
  let bytes = 0;
  const parts: string[] = [];
  for (const { lexeme, bytes: lexemeBytes, positions } of lexemes) {
    unwritten -= lexemeBytes;
    const kept = positions.slice(0, positionsEach);
    const withPositions = vectorBytes([{ bytes: lexemeBytes, positions: kept }], positionsEach);
    if (bytes + withPositions + unwritten <= maxVectorBytes) {
      bytes += withPositions;
      parts.push(`${quoteLexeme(lexeme)}:${kept.join(",")}`);
    } else if (bytes + lexemeBytes <= maxVectorBytes) {
      bytes += lexemeBytes;
      parts.push(quoteLexeme(lexeme));
    } else {
      break;
    }
  }
  return parts.join(" ");
}

/**
 * The PostgreSQL tsquery literal for `q` against `toSearchVector`, as `toSearchMatchExpression`
 * asks FTS5: every term required; within a term its tokens in a row, the last one as a prefix.
 * Lexemes are quoted, so tsquery syntax in user input is taken literally. Null when `q` has no
 * letter or digit.
 */
export function toSearchQuery(q: string): string | null {
  const terms: string[] = [];
  for (const term of searchTerms(q)) {
    const tokens = searchTokens(term);
    const parts = tokens.map((token, index) => {
      const last = index === tokens.length - 1;
      // A final unspaced character may pair with whatever follows it in the text.
      return last ? `${quoteLexeme(token.text)}:*` : quoteLexeme(lexemeAt(tokens, index));
    });
    if (parts.length === 1) terms.push(parts[0]!);
    else if (parts.length > 1) terms.push(`(${parts.join(" <-> ")})`);
  }
  return terms.length > 0 ? terms.join(" & ") : null;
}
