// What "Insert Citation" puts into a document, by language and context. vscode-free (unit-tested).
import { abstractUrl, Paper } from './protocol';

export type InsertFormat = 'link' | 'id';

export interface CitationContext {
  /** VS Code language id of the document. */
  languageId: string;
  /** The document's text before the cursor on the cursor's line: decides whether we are inside `\cite{` or `[@`. */
  linePrefix: string;
  /** The Markdown document names a bibliography (YAML `bibliography:`) or global bibliographies are configured. */
  hasBibliography: boolean;
  insertFormat: InsertFormat;
}

const latexLanguages = new Set(['latex', 'tex']);
const markdownLanguages = new Set(['markdown', 'quarto', 'rmd']);

export const isLatex = (languageId: string): boolean => latexLanguages.has(languageId);
export const isMarkdown = (languageId: string): boolean => markdownLanguages.has(languageId);

// An unclosed citation command before the cursor: `\citep[see][p. 3]{a, ` — the cursor is in its key list.
const openLatexCite = /\\[A-Za-z]*cite[A-Za-z]*\*?(?:\[[^\]]*\]){0,2}\{[^{}]*$/;
// An unclosed pandoc citation bracket: `[see @a; ` — the cursor is in a citation group.
const openPandocCite = /\[[^\][]*@[^\][]*$/;

/** The text to insert for `paper`; `undefined` when the language has no citation form (e.g. BibTeX: insert the entry). */
export function formatCitation(paper: Paper, ctx: CitationContext): string | undefined {
  if (isLatex(ctx.languageId)) {
    if (openLatexCite.test(ctx.linePrefix)) return separatorBefore(ctx.linePrefix, ',') + paper.key;
    return `\\cite{${paper.key}}`;
  }
  if (isMarkdown(ctx.languageId)) {
    if (openPandocCite.test(ctx.linePrefix)) {
      return ctx.linePrefix.endsWith('@') ? paper.key : separatorBefore(ctx.linePrefix, ';') + '@' + paper.key;
    }
    if (ctx.hasBibliography) return `[@${paper.key}]`;
    if (paper.id === undefined) return escapeMarkdownText(paper.title);
    return ctx.insertFormat === 'id' ? `arXiv:${paper.id}` : `[${escapeMarkdownText(paper.title)}](${abstractUrl(paper.id)})`;
  }
  return undefined;
}

/** Inside an open key list, a new key needs a separator unless the list is empty or already ends with one. */
function separatorBefore(linePrefix: string, separator: string): string {
  const trimmed = linePrefix.trimEnd();
  const last = trimmed[trimmed.length - 1];
  return last === '{' || last === '[' || last === ',' || last === ';' ? '' : separator + ' ';
}

/** Titles come from web pages: keep them from becoming links, emphasis or HTML in the user's note. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** True when Markdown text starts with YAML front matter holding a `bibliography:` field. */
export function markdownHasBibliography(text: string): boolean {
  if (!text.startsWith('---')) return false;
  const lines = text.split(/\r?\n/);
  if (lines[0].trim() !== '---') return false;
  for (let i = 1; i < lines.length && i < 500; i++) {
    const line = lines[i];
    if (line.trim() === '---' || line.trim() === '...') return false;
    if (/^bibliography\s*:/.test(line)) return true;
  }
  return false;
}

// New-style ids (2410.15661v2) and old-style ids (hep-th/9901001, math.GT/0309136), optionally versioned.
const arxivIdPattern = /(?<![\w.])(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)(?![\w])/g;

/** The arXiv id (without version) covering `character` on a line, for the context menu and Copy BibTeX. */
export function arxivIdAt(lineText: string, character: number): string | undefined {
  for (const match of lineText.matchAll(arxivIdPattern)) {
    const start = match.index ?? 0;
    if (character >= start && character <= start + match[0].length) return match[1].replace(/v\d+$/, '');
  }
  return undefined;
}
