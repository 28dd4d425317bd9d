// Turns a launch plan into a command line, checking the .NET runtime for dlls. vscode-free (unit-tested).
import { dotnetCandidates, DotnetSearchInput, hasRequiredRuntime, InstalledRuntime, missingRuntimeMessage, parseListRuntimes } from './dotnetRuntime';
import { ServerLaunch } from './serverDiscovery';

export interface ServerCommandLine { command: string; args: string[] }

export type CommandLineResult =
  | { ok: true; commandLine: ServerCommandLine }
  | { ok: false; message: string; missingRuntime: boolean };

/** Runs `dotnet --list-runtimes`; resolves to its stdout, or undefined when it cannot run. */
export type ListRuntimes = (dotnet: string) => Promise<string | undefined>;

export const serverArgs = ['--stdio'];

export async function serverCommandLine(launch: ServerLaunch, search: DotnetSearchInput,
  listRuntimes: ListRuntimes): Promise<CommandLineResult> {
  if (launch.kind === 'executable') return { ok: true, commandLine: { command: launch.command, args: [...serverArgs] } };
  const checked: { dotnet: string; runtimes: InstalledRuntime[] }[] = [];
  for (const dotnet of dotnetCandidates(search)) {
    const output = await listRuntimes(dotnet);
    if (output === undefined) continue;
    if (hasRequiredRuntime(output)) return { ok: true, commandLine: { command: dotnet, args: [launch.dll, ...serverArgs] } };
    checked.push({ dotnet, runtimes: parseListRuntimes(output) });
  }
  return { ok: false, message: missingRuntimeMessage(checked), missingRuntime: true };
}
