// Catalog-wide commands: import files into the catalog with server progress, and show its statistics.
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageclient/node';
import { CatalogStats, ImportResult, methods } from './protocol';
import { ServerConnection } from './serverConnection';

/** Picks files and imports them, showing the server's `$/progress` in a cancellable notification. */
export async function importIntoCatalog(connection: ServerConnection): Promise<ImportResult | undefined> {
  const files = await vscode.window.showOpenDialog({
    title: 'Import into the paper catalog',
    openLabel: 'Import',
    canSelectMany: true,
    filters: {
      'Paper sources': ['html', 'htm', 'json', 'jsonl', 'xml', 'atom', 'txt', 'bib'],
      'All files': ['*'],
    },
  });
  if (!files || files.length === 0) return undefined;
  const client = connection.requireClient();
  const result = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: 'Importing into the paper catalog',
    cancellable: true,
  }, async (progress, token) => {
    const workDoneToken = randomUUID();
    let reported = 0;
    const onProgress = (value: WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' }) => {
      if (value.kind === 'end') return;
      const percentage = value.percentage;
      const increment = percentage !== undefined && percentage > reported ? percentage - reported : undefined;
      if (percentage !== undefined) reported = Math.max(reported, percentage);
      progress.report({ message: value.message, increment });
    };
    const subscription = client.onProgress(WorkDoneProgress.type, workDoneToken, onProgress);
    try {
      return await client.sendRequest<ImportResult>(methods.import,
        { paths: files.map((f) => f.fsPath), workDoneToken }, token);
    } finally {
      subscription.dispose();
    }
  }).then((r) => r, (error) => {
    // Cancelling is the user's choice, not an error worth a popup.
    if (error?.code === -32800) return undefined;
    throw error;
  });
  if (result) {
    void vscode.window.showInformationMessage(
      `Imported into the catalog: ${fmt(result.added)} added, ${fmt(result.updated)} updated, ${fmt(result.skipped)} skipped.`);
  }
  return result;
}

export async function showCatalogStats(connection: ServerConnection): Promise<void> {
  const stats = await connection.request<CatalogStats>(methods.catalogStats, {});
  const sources = Object.entries(stats.bySource).map(([name, count]) => `${name} ${fmt(count)}`).join(', ');
  const message = `Paper catalog: ${fmt(stats.papers)} papers, ${fmt(stats.withArxivId)} with an arXiv id, ` +
    `${fmt(stats.withAbstract)} with an abstract.` + (sources ? ` Sources: ${sources}.` : '') +
    (stats.location ? ` Stored in ${stats.location}.` : '');
  connection.log(message);
  const choice = await vscode.window.showInformationMessage(message, 'Search Catalog…', 'Import…');
  if (choice === 'Search Catalog…') await vscode.commands.executeCommand('papers.searchCatalog');
  if (choice === 'Import…') await vscode.commands.executeCommand('papers.importCatalog');
}

export const fmt = (n: number): string => n.toLocaleString('en-US');
