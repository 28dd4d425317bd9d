// Entry point: starts the server and registers the Papers commands, the status item and the context key.
import * as vscode from 'vscode';
import { arxivIdAt } from './citationFormat';
import { importIntoCatalog, showCatalogStats } from './catalogCommands';
import { CatalogStatus } from './catalogStatus';
import { addToBibliography, copyBibtex, copyBibtexText, insertCitation, openAbstract, openPdf, paperAtCursor } from './paperActions';
import { Paper } from './protocol';
import { pickPaper } from './searchPick';
import { messageOf, ServerConnection } from './serverConnection';

let connection: ServerConnection | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Papers LSP');
  const server = new ServerConnection(context, output);
  connection = server;
  const status = new CatalogStatus(server);
  context.subscriptions.push(output, server, status);

  const command = (name: string, run: (...args: unknown[]) => Promise<unknown>) =>
    context.subscriptions.push(vscode.commands.registerCommand(name, async (...args: unknown[]) => {
      try { await run(...args); } catch (error) {
        server.log(`${name}: ${messageOf(error)}`);
        void vscode.window.showErrorMessage(`PapersLsp: ${messageOf(error)}`);
      }
    }));

  command('papers.searchCatalog', async () => {
    const paper = await pickPaper(server, 'Search the paper catalog');
    if (paper) await choosePaperAction(server, paper);
  });
  command('papers.insertCitation', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) throw new Error('Open a document to insert a citation into.');
    const paper = await pickPaper(server, 'Insert a citation');
    if (paper) await insertCitation(server, editor, paper);
  });
  command('papers.copyBibtex', async (text) => {
    // From the server's code action the argument is the entry; from the palette or the context menu, find the paper.
    if (typeof text === 'string') return copyBibtexText(text);
    const paper = await paperAtCursor(server) ?? await pickPaper(server, 'Copy BibTeX for…');
    if (paper) await copyBibtex(server, paper);
  });
  command('papers.addToBibliography', async () => {
    const paper = await paperAtCursor(server) ?? await pickPaper(server, 'Add BibTeX to a .bib file for…');
    if (paper) await addToBibliography(server, paper);
  });
  command('papers.importCatalog', async () => {
    if (await importIntoCatalog(server)) await status.refresh();
  });
  command('papers.showCatalogStats', () => showCatalogStats(server));
  command('papers.restartServer', () => server.restart());
  command('papers.showOutput', async () => output.show(true));

  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((e) => updateReferenceContext(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor((editor) => updateReferenceContext(editor)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('papersLsp.server.path')) return;
      const choice = await vscode.window.showInformationMessage('The PapersLsp server path changed.', 'Restart Server');
      if (choice) await server.restart();
    }),
  );
  await server.start();
}

export async function deactivate(): Promise<void> {
  await connection?.stop();
}

/** The actions offered once a paper is chosen in the search. */
async function choosePaperAction(server: ServerConnection, paper: Paper): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  type Action = vscode.QuickPickItem & { run: () => Promise<void> };
  const actions: Action[] = [];
  if (editor) {
    actions.push({ label: '$(quote) Insert Citation', description: vscode.workspace.asRelativePath(editor.document.uri),
      run: () => insertCitation(server, editor, paper) });
  }
  actions.push(
    { label: '$(copy) Copy BibTeX', run: () => copyBibtex(server, paper) },
    { label: '$(add) Add to .bib', run: () => addToBibliography(server, paper) },
  );
  if (paper.id) {
    actions.push(
      { label: '$(link-external) Open Abstract', description: `arxiv.org/abs/${paper.id}`, run: () => openAbstract(paper) },
      { label: '$(file-pdf) Open PDF', description: `arxiv.org/pdf/${paper.id}`, run: () => openPdf(paper) },
    );
  }
  const action = await vscode.window.showQuickPick(actions, { title: paper.title, placeHolder: 'What to do with this paper?' });
  await action?.run();
}

let onReference = false;

/** Keeps `papersLsp.onArxivReference` true while the cursor is on an arXiv id: the editor context menu depends on it. */
function updateReferenceContext(editor: vscode.TextEditor | undefined): void {
  let now = false;
  if (editor) {
    const position = editor.selection.active;
    now = arxivIdAt(editor.document.lineAt(position.line).text, position.character) !== undefined;
  }
  if (now === onReference) return;
  onReference = now;
  void vscode.commands.executeCommand('setContext', 'papersLsp.onArxivReference', now);
}
