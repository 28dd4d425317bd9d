// Runs `dotnet --list-runtimes` with a time limit; a dotnet that fails or hangs counts as absent.
import { execFile } from 'child_process';
import { ListRuntimes } from './serverCommand';

export const listRuntimes: ListRuntimes = (dotnet) => new Promise((resolve) => {
  execFile(dotnet, ['--list-runtimes'], { timeout: 15000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } },
    (error, stdout) => resolve(error ? undefined : stdout));
});
