// What the user can do with one paper: cite it, copy or add its BibTeX, open its pages.
import * as path from 'path';
import * as vscode from 'vscode';
import { arxivIdAt, formatCitation, InsertFormat, isLatex, isMarkdown, markdownHasBibliography } from './citationFormat';
import { abstractUrl, addBibtexCommand, BibtexResult, methods, Paper, pdfUrl } from './protocol';
import { ServerConnection } from './serverConnection';
import { settingsSection } from './settingsMapping';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';

/** Inserts a citation of `paper` at the cursor of `editor`, in the form the document's language uses. */
export async function insertCitation(connection: ServerConnection, editor: vscode.TextEditor, paper: Paper): Promise<void> {
  const document = editor.document;
  const position = editor.selection.active;
  const config = vscode.workspace.getConfiguration(settingsSection, document.uri);
  // The catalog's key is an id or a synthetic key; a citation needs the key its BibTeX entry gets.
  const cited = isLatex(document.languageId) || isMarkdown(document.languageId)
    ? { ...paper, key: (await bibtexFor(connection, paper).catch(() => undefined))?.key ?? paper.key }
    : paper;
  const text = formatCitation(cited, {
    languageId: document.languageId,
    linePrefix: document.lineAt(position.line).text.slice(0, position.character),
    hasBibliography: markdownHasBibliography(document.getText())
      || (config.get<string[]>('bibtex.globalBibliographies') ?? []).length > 0,
    insertFormat: config.get<InsertFormat>('markdown.insertFormat') ?? 'link',
  });
  // A .bib file cites nothing: inserting a paper there means inserting its entry.
  const insertion = text ?? (await bibtexFor(connection, paper, document.uri)).text + '\n';
  await editor.edit((edit) => edit.replace(editor.selection, insertion));
}

/** Copies the entry to the clipboard and says so. */
export async function copyBibtex(connection: ServerConnection, paper: Paper): Promise<void> {
  const bibtex = await bibtexFor(connection, paper);
  await copyBibtexText(bibtex.text, bibtex.key);
}

/** The client side of the server's `papers.copyBibtex` code action, which carries the entry text. */
export async function copyBibtexText(text: string, key?: string): Promise<void> {
  await vscode.env.clipboard.writeText(text);
  const name = key ?? /@\w+\s*[{(]\s*([^,\s]+)/.exec(text)?.[1];
  void vscode.window.showInformationMessage(name ? `Copied the BibTeX entry ${name} to the clipboard.` : 'Copied the BibTeX entry to the clipboard.');
}

/** Appends the paper's entry to a .bib file the user picks, then saves it if it had no unsaved changes. */
export async function addToBibliography(connection: ServerConnection, paper: Paper): Promise<void> {
  const target = await pickBibliography();
  if (!target) return;
  const wasDirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString())?.isDirty ?? false;
  // Open it first: the server then knows the file's entries (key clashes) and its style.
  const opened = await vscode.workspace.openTextDocument(target);
  const client = connection.requireClient();
  const command = addBibtexCommand(client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [], target.toString(), paper);
  if (command) {
    // The server appends in the file's own style (indentation, field order) and picks a key that does not clash.
    await client.sendRequest(ExecuteCommandRequest.type, command);
  } else {
    const bibtex = await bibtexFor(connection, paper, target);
    const end = opened.lineAt(opened.lineCount - 1).range.end;
    const text = opened.getText();
    const separator = text.trim() === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, end, separator + bibtex.text + '\n');
    await vscode.workspace.applyEdit(edit);
  }
  const document = await vscode.workspace.openTextDocument(target);
  if (!wasDirty && document.isDirty) await document.save();
  const choice = await vscode.window.showInformationMessage(
    `Added BibTeX for "${paper.title}" to ${path.basename(target.fsPath)}.`, 'Open');
  if (choice === 'Open') await vscode.window.showTextDocument(document);
}

export async function openAbstract(paper: Paper): Promise<void> {
  if (paper.id) await vscode.env.openExternal(vscode.Uri.parse(abstractUrl(paper.id)));
}

export async function openPdf(paper: Paper): Promise<void> {
  if (paper.id) await vscode.env.openExternal(vscode.Uri.parse(pdfUrl(paper.id)));
}

/** The paper whose arXiv id is under the cursor, when the catalog knows it (or a bare id when it does not). */
export async function paperAtCursor(connection: ServerConnection): Promise<Paper | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const position = editor.selection.active;
  const id = arxivIdAt(editor.document.lineAt(position.line).text, position.character);
  if (!id) return undefined;
  const paper = await connection.request<Paper | null>(methods.paper, { id });
  return paper ?? { id, key: id, title: `arXiv:${id}`, authors: [] };
}

function bibtexFor(connection: ServerConnection, paper: Paper, target?: vscode.Uri): Promise<BibtexResult> {
  const params = paper.id ? { id: paper.id } : { key: paper.key };
  return connection.request<BibtexResult>(methods.bibtex, target ? { ...params, targetUri: target.toString() } : params);
}

/** The workspace's .bib files and the global bibliographies; offers to create one when there are none. */
async function pickBibliography(): Promise<vscode.Uri | undefined> {
  const found = await vscode.workspace.findFiles('**/*.bib', '**/node_modules/**', 200);
  const global = (vscode.workspace.getConfiguration(settingsSection).get<string[]>('bibtex.globalBibliographies') ?? [])
    .map((p) => vscode.Uri.file(p));
  const all = [...found, ...global.filter((g) => !found.some((f) => f.fsPath === g.fsPath))];
  if (all.length === 1) return all[0];
  if (all.length === 0) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return vscode.window.showSaveDialog({
      title: 'Create a bibliography',
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'references.bib') : undefined,
      filters: { BibTeX: ['bib'] },
    }).then(async (uri) => {
      if (uri) await vscode.workspace.fs.writeFile(uri, new Uint8Array());
      return uri;
    });
  }
  const choice = await vscode.window.showQuickPick(
    all.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { title: 'Add the BibTeX entry to…' });
  return choice?.uri;
}
