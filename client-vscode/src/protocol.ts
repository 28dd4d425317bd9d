// The custom requests the server answers (docs/protocol.md). Plain types: no vscode, no languageclient.

/** A paper as the server describes it; `id` is the canonical arXiv id without version, absent for title-only papers. */
export interface Paper {
  id?: string;
  key: string;
  title: string;
  authors: string[];
  year?: number;
  primaryCategory?: string;
  abstract?: string;
}

export interface SearchParams { query: string; limit?: number }
export interface SearchResult { papers: Paper[] }
export interface PaperParams { id: string }
export type BibtexStyle = 'arxiv' | 'biblatex';
export interface BibtexParams { id?: string; key?: string; style?: BibtexStyle; keyFormat?: string; targetUri?: string }
export interface BibtexResult { key: string; text: string }
export interface CatalogStats {
  papers: number;
  withArxivId: number;
  withAbstract: number;
  location: string | null;
  bySource: Record<string, number>;
}
export interface ImportParams { paths: string[]; format?: string; workDoneToken?: string | number }
export interface ImportResult { added: number; updated: number; skipped: number }

export const methods = {
  search: 'papers/search',
  paper: 'papers/paper',
  bibtex: 'papers/bibtex',
  catalogStats: 'papers/catalogStats',
  import: 'papers/import',
} as const;

/** Commands the server executes through workspace/executeCommand (it advertises the ones it has). */
export const serverCommands = { addBibtex: 'papers.addBibtex', addBibtexToFile: 'papers.addBibtexToFile' } as const;

/**
 * The executeCommand call that appends a paper's entry to a .bib file, in the form the server advertises:
 * `papers.addBibtex [{bibUri, paperKey}]` or `papers.addBibtexToFile [bibUri, id]`; undefined when it has neither.
 */
export function addBibtexCommand(advertised: readonly string[], bibUri: string, paper: Paper):
  { command: string; arguments: unknown[] } | undefined {
  if (advertised.includes(serverCommands.addBibtex)) {
    return { command: serverCommands.addBibtex, arguments: [{ bibUri, paperKey: paper.id ?? paper.key }] };
  }
  if (advertised.includes(serverCommands.addBibtexToFile) && paper.id) {
    return { command: serverCommands.addBibtexToFile, arguments: [bibUri, paper.id] };
  }
  return undefined;
}

export const abstractUrl = (id: string): string => `https://arxiv.org/abs/${id}`;
export const pdfUrl = (id: string): string => `https://arxiv.org/pdf/${id}`;

/** "Vaswani, Shazeer, Parmar et al." — short enough for a QuickPick line. */
export function shortAuthors(authors: readonly string[], max = 3): string {
  if (authors.length <= max) return authors.join(', ');
  return authors.slice(0, max).join(', ') + ' et al.';
}
