// Decides how to launch the language server. Free of the `vscode` module so that it is unit-tested with node --test.
import * as path from 'path';

/** How the server process is started: an executable, or a framework-dependent dll run by `dotnet`. */
export type ServerLaunch =
  | { kind: 'executable'; command: string; origin: ServerOrigin }
  | { kind: 'dll'; dll: string; origin: ServerOrigin };

/** Where the server came from, for the log and for error messages. */
export type ServerOrigin = 'setting' | 'bundled' | 'path';

export interface DiscoveryInput {
  /** `papersLsp.server.path`; empty or undefined when unset. */
  configuredPath?: string;
  /** The extension's install folder; the .vsix carries the server in `server/`. */
  extensionPath: string;
  /** The PATH environment variable. */
  envPath?: string;
  platform: NodeJS.Platform;
  homeDir: string;
  isFile: (p: string) => boolean;
}

export const bundledDllName = 'papers-lsp.dll';
export const executableName = 'papers-lsp';

/** A launch plan, or a message that tells the user what to do. */
export type DiscoveryResult = { ok: true; launch: ServerLaunch } | { ok: false; message: string };

/** Setting > bundled server > `papers-lsp` on PATH. Never `dotnet run`: it builds and is slow. */
export function discoverServer(input: DiscoveryInput): DiscoveryResult {
  const configured = input.configuredPath?.trim();
  if (configured) {
    const resolved = expandHome(configured, input.homeDir);
    if (!input.isFile(resolved)) {
      return { ok: false, message: `The server set in papersLsp.server.path does not exist: ${resolved}` };
    }
    return { ok: true, launch: launchFor(resolved, 'setting') };
  }
  const bundled = path.join(input.extensionPath, 'server', bundledDllName);
  if (input.isFile(bundled)) {
    return { ok: true, launch: { kind: 'dll', dll: bundled, origin: 'bundled' } };
  }
  const onPath = findOnPath(input.platform === 'win32' ? [executableName + '.exe', executableName + '.cmd'] : [executableName],
    input.envPath, input.platform, input.isFile);
  if (onPath) {
    return { ok: true, launch: { kind: 'executable', command: onPath, origin: 'path' } };
  }
  return {
    ok: false,
    message: 'No PapersLsp server found: the extension carries none, papers-lsp is not on PATH and papersLsp.server.path is not set.',
  };
}

function launchFor(file: string, origin: ServerOrigin): ServerLaunch {
  return file.toLowerCase().endsWith('.dll') ? { kind: 'dll', dll: file, origin } : { kind: 'executable', command: file, origin };
}

/** `~/x` → `<home>/x`; everything else unchanged. */
export function expandHome(p: string, homeDir: string): string {
  if (p === '~') return homeDir;
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(homeDir, p.slice(2));
  return p;
}

/** The first `names` entry found in a PATH-style list of folders. */
export function findOnPath(names: string[], envPath: string | undefined, platform: NodeJS.Platform,
  isFile: (p: string) => boolean): string | undefined {
  if (!envPath) return undefined;
  const separator = platform === 'win32' ? ';' : ':';
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  for (const dir of envPath.split(separator)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}
