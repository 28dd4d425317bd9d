// Owns the language client: finds and starts the server, restarts it, and forwards the custom requests.
import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State } from 'vscode-languageclient/node';
import { dotnetDownloadUrl } from './dotnetRuntime';
import { listRuntimes } from './runtimeProbe';
import { serverCommandLine } from './serverCommand';
import { discoverServer } from './serverDiscovery';
import { contributedKeys, settingsSection, toServerSettings } from './settingsMapping';

/** Languages the server understands; quarto and rmd come from other extensions and are pandoc Markdown. */
export const supportedLanguages = ['markdown', 'latex', 'tex', 'bibtex', 'quarto', 'rmd'];

export type ConnectionState = 'starting' | 'running' | 'stopped' | 'failed';

/** The running server, as seen by the commands. */
export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private state: ConnectionState = 'stopped';
  private readonly stateEmitter = new vscode.EventEmitter<ConnectionState>();
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext, readonly output: vscode.OutputChannel) {}

  get currentState(): ConnectionState { return this.state; }

  async start(): Promise<void> {
    this.setState('starting');
    const config = vscode.workspace.getConfiguration(settingsSection);
    const discovery = discoverServer({
      configuredPath: config.get<string>('server.path'),
      extensionPath: this.context.extensionPath,
      envPath: process.env.PATH,
      platform: process.platform,
      homeDir: os.homedir(),
      isFile,
    });
    if (!discovery.ok) return this.fail(discovery.message, false);
    const resolved = await serverCommandLine(discovery.launch,
      { env: process.env, platform: process.platform, homeDir: os.homedir(), isFile }, listRuntimes);
    if (!resolved.ok) return this.fail(resolved.message, resolved.missingRuntime);
    const { command, args } = resolved.commandLine;
    this.log(`Starting the ${discovery.launch.origin} server: ${command} ${args.join(' ')}`);
    const serverOptions: ServerOptions = {
      command, args,
      options: { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } },
    };
    const client = new LanguageClient(settingsSection, 'Papers LSP', serverOptions, this.clientOptions());
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Running) this.setState('running');
      else if (e.newState === State.Stopped && this.state !== 'failed') this.setState('stopped');
    });
    try {
      await client.start();
      this.log('Server running.');
    } catch (error) {
      this.fail(`The PapersLsp server did not start: ${messageOf(error)}`, false);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try { await client.stop(5000); } catch (error) { this.log(`Stopping the server: ${messageOf(error)}`); }
      await client.dispose().catch(() => undefined);
    }
    this.setState('stopped');
  }

  /** Re-discovers the server too, so a changed papersLsp.server.path takes effect. */
  async restart(): Promise<void> {
    this.log('Restarting the server.');
    await this.stop();
    await this.start();
  }

  /** Sends a request; rejects with a readable message when the server is not running. */
  async request<R>(method: string, params: object, token?: vscode.CancellationToken): Promise<R> {
    const client = this.requireClient();
    return token ? client.sendRequest<R>(method, params, token) : client.sendRequest<R>(method, params);
  }

  requireClient(): LanguageClient {
    if (!this.client || this.state !== 'running') {
      throw new Error('The PapersLsp server is not running; see the "Papers LSP" output, or run "Papers: Restart Server".');
    }
    return this.client;
  }

  log(message: string): void {
    this.output.appendLine(`[client ${new Date().toISOString()}] ${message}`);
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
  }

  private clientOptions(): LanguageClientOptions {
    const keys = contributedKeys(this.context.extension.packageJSON);
    const serverSettings = () => {
      const config = vscode.workspace.getConfiguration(settingsSection);
      return toServerSettings(keys, (key) => config.get(key));
    };
    return {
      documentSelector: supportedLanguages.flatMap((language) => [
        { scheme: 'file', language }, { scheme: 'untitled', language },
      ]),
      outputChannel: this.output,
      initializationOptions: serverSettings(),
      synchronize: { configurationSection: settingsSection },
      middleware: {
        workspace: {
          // Answer the server's pull with the same nested shape as initializationOptions (client-only keys left out).
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, i) => item.section === settingsSection ? serverSettings() : answers[i]);
          },
        },
      },
    };
  }

  private fail(message: string, missingRuntime: boolean): void {
    this.setState('failed');
    this.log(message);
    const actions = missingRuntime ? ['Download .NET', 'Open Settings', 'Show Log'] : ['Open Settings', 'Show Log'];
    void vscode.window.showErrorMessage(message, ...actions).then((choice) => {
      if (choice === 'Download .NET') void vscode.env.openExternal(vscode.Uri.parse(dotnetDownloadUrl));
      if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'papersLsp.server.path');
      if (choice === 'Show Log') this.output.show(true);
    });
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.stateEmitter.fire(state);
  }
}

function isFile(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
