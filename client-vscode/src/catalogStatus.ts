// The status bar item: catalog size while a supported document is active; opens the search when clicked.
import * as vscode from 'vscode';
import { CatalogStats, methods } from './protocol';
import { ConnectionState, ServerConnection, supportedLanguages } from './serverConnection';
import { fmt } from './catalogCommands';

const refreshAfterMs = 30_000;

export class CatalogStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('papersLsp.catalog', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastRefresh = 0;

  constructor(private readonly connection: ServerConnection) {
    this.item.name = 'PapersLsp Catalog';
    this.subscriptions.push(
      connection.onDidChangeState((state) => this.render(state)),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateVisibility()),
    );
    this.render(connection.currentState);
    this.updateVisibility();
  }

  /** Asks the server for the catalog size now (after an import, a restart). */
  async refresh(): Promise<void> {
    if (this.connection.currentState !== 'running') return;
    this.lastRefresh = Date.now();
    try {
      const stats = await this.connection.request<CatalogStats>(methods.catalogStats, {});
      this.item.text = `$(book) ${fmt(stats.papers)} papers`;
      this.item.tooltip = `PapersLsp catalog: ${fmt(stats.papers)} papers, ${fmt(stats.withAbstract)} with an abstract` +
        (stats.location ? `\n${stats.location}` : '') + '\nClick to search the catalog.';
      this.item.command = 'papers.searchCatalog';
    } catch (error) {
      this.item.text = '$(book) Papers';
      this.item.tooltip = 'PapersLsp: catalog statistics unavailable. Click to search the catalog.';
      this.item.command = 'papers.searchCatalog';
    }
  }

  private render(state: ConnectionState): void {
    if (state === 'running') { void this.refresh(); return; }
    this.item.text = state === 'starting' ? '$(sync~spin) Papers' : '$(warning) Papers';
    this.item.tooltip = state === 'starting' ? 'PapersLsp: starting the server…' : 'PapersLsp: the server is not running. Click to see its log.';
    this.item.command = state === 'starting' ? undefined : 'papers.showOutput';
  }

  private updateVisibility(): void {
    const language = vscode.window.activeTextEditor?.document.languageId;
    if (language && supportedLanguages.includes(language)) {
      this.item.show();
      if (Date.now() - this.lastRefresh > refreshAfterMs) void this.refresh();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
