// Finds a `dotnet` host able to run the framework-dependent server. Free of the `vscode` module (unit-tested).
import * as path from 'path';

/** The runtime the server targets: Microsoft.NETCore.App of this major version. */
export const requiredRuntimeMajor = 10;
export const dotnetDownloadUrl = 'https://dotnet.microsoft.com/download/dotnet/10.0';

export interface DotnetSearchInput {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homeDir: string;
  isFile: (p: string) => boolean;
}

/** Candidate `dotnet` executables, most specific first: DOTNET_ROOT, PATH, then the usual install folders. */
export function dotnetCandidates(input: DotnetSearchInput): string[] {
  const win = input.platform === 'win32';
  const exe = win ? 'dotnet.exe' : 'dotnet';
  const join = win ? path.win32.join : path.posix.join;
  const found: string[] = [];
  const add = (p: string | undefined) => { if (p && !found.includes(p) && input.isFile(p)) found.push(p); };
  for (const variable of ['DOTNET_ROOT', win ? 'DOTNET_ROOT(x86)' : 'DOTNET_ROOT_X64', 'DOTNET_ROOT_ARM64']) {
    const root = input.env[variable];
    if (root) add(join(root, exe));
  }
  const envPath = input.env.PATH ?? input.env.Path ?? '';
  for (const dir of envPath.split(win ? ';' : ':')) if (dir) add(join(dir, exe));
  const common = win
    ? [join(input.env.ProgramFiles ?? 'C:\\Program Files', 'dotnet'), join(input.env.LOCALAPPDATA ?? '', 'Microsoft', 'dotnet')]
    : input.platform === 'darwin'
      ? ['/usr/local/share/dotnet', '/opt/homebrew/opt/dotnet/libexec', join(input.homeDir, '.dotnet')]
      : ['/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet', '/opt/dotnet', '/snap/dotnet/current',
        join(input.homeDir, '.dotnet')];
  for (const dir of common) add(join(dir, exe));
  return found;
}

/** One line of `dotnet --list-runtimes`: `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/...]`. */
export interface InstalledRuntime { name: string; version: string; major: number }

export function parseListRuntimes(output: string): InstalledRuntime[] {
  const runtimes: InstalledRuntime[] = [];
  for (const line of output.split(/\r?\n/)) {
    const parts = line.trim().split(' ');
    if (parts.length < 2) continue;
    const major = Number.parseInt(parts[1].split('.')[0], 10);
    if (!Number.isNaN(major)) runtimes.push({ name: parts[0], version: parts[1], major });
  }
  return runtimes;
}

/** True when the output lists a Microsoft.NETCore.App runtime the server can roll forward onto (same major). */
export function hasRequiredRuntime(listRuntimesOutput: string): boolean {
  return parseListRuntimes(listRuntimesOutput)
    .some((r) => r.name === 'Microsoft.NETCore.App' && r.major === requiredRuntimeMajor);
}

/** The explanation shown when no candidate has the runtime; lists what was found so the user can act. */
export function missingRuntimeMessage(checked: { dotnet: string; runtimes: InstalledRuntime[] }[]): string {
  if (checked.length === 0) {
    return `PapersLsp needs the .NET ${requiredRuntimeMajor} runtime, and no 'dotnet' was found (DOTNET_ROOT, PATH, ` +
      'the usual install folders). Install the .NET ' + requiredRuntimeMajor + ' runtime, or set papersLsp.server.path.';
  }
  const seen = checked.map((c) => {
    const versions = c.runtimes.filter((r) => r.name === 'Microsoft.NETCore.App').map((r) => r.version);
    return `${c.dotnet} (${versions.length ? versions.join(', ') : 'no Microsoft.NETCore.App'})`;
  }).join('; ');
  return `PapersLsp needs the .NET ${requiredRuntimeMajor} runtime (Microsoft.NETCore.App ${requiredRuntimeMajor}.x); found only: ${seen}. ` +
    `Install the .NET ${requiredRuntimeMajor} runtime, or set papersLsp.server.path.`;
}
