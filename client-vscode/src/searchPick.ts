// A QuickPick fed live by papers/search as the user types.
import * as vscode from 'vscode';
import { methods, Paper, SearchResult, shortAuthors } from './protocol';
import { messageOf, ServerConnection } from './serverConnection';

const debounceMs = 150;
const resultLimit = 50;

interface PaperItem extends vscode.QuickPickItem { paper?: Paper }

/** Lets the user find one paper in the catalog; undefined when dismissed. */
export function pickPaper(connection: ServerConnection, title: string, initialQuery = ''): Promise<Paper | undefined> {
  const pick = vscode.window.createQuickPick<PaperItem>();
  pick.title = title;
  pick.placeholder = 'Words from the title, an author, or an arXiv id';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.value = initialQuery;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: vscode.CancellationTokenSource | undefined;
  let generation = 0;

  const search = async (query: string) => {
    inFlight?.cancel();
    const source = new vscode.CancellationTokenSource();
    inFlight = source;
    const mine = ++generation;
    if (query.trim() === '') { pick.items = []; pick.busy = false; return; }
    pick.busy = true;
    try {
      const result = await connection.request<SearchResult>(methods.search, { query, limit: resultLimit }, source.token);
      if (mine !== generation) return;
      pick.items = result.papers.length ? result.papers.map(toItem) : [{ label: `No paper matches "${query}"`, alwaysShow: true }];
    } catch (error) {
      if (mine !== generation || source.token.isCancellationRequested) return;
      pick.items = [{ label: 'Search failed', detail: messageOf(error), alwaysShow: true }];
    } finally {
      if (mine === generation) pick.busy = false;
      source.dispose();
    }
  };

  return new Promise<Paper | undefined>((resolve) => {
    let chosen: Paper | undefined;
    pick.onDidChangeValue((value) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void search(value), debounceMs);
    });
    pick.onDidAccept(() => {
      const paper = pick.selectedItems[0]?.paper;
      if (!paper) return;
      chosen = paper;
      pick.hide();
    });
    pick.onDidHide(() => {
      if (timer) clearTimeout(timer);
      inFlight?.cancel();
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
    if (initialQuery) void search(initialQuery);
  });
}

function toItem(paper: Paper): PaperItem {
  const facts = [paper.year?.toString(), paper.id ? `arXiv:${paper.id}` : paper.key, paper.primaryCategory]
    .filter((f): f is string => !!f);
  return {
    label: paper.title.replace(/\s+/g, ' '),
    description: facts.join(' · '),
    detail: shortAuthors(paper.authors),
    // The server ranks with typo tolerance and out-of-order words; never let the QuickPick's own filter hide a result.
    alwaysShow: true,
    paper,
  };
}
