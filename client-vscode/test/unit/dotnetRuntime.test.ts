import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dotnetCandidates, hasRequiredRuntime, missingRuntimeMessage, parseListRuntimes } from '../../src/dotnetRuntime';
import { serverCommandLine } from '../../src/serverCommand';

const files = (...paths: string[]) => (p: string) => paths.includes(p);
const ten = 'Microsoft.AspNetCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\n' +
  'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n';
const eight = 'Microsoft.NETCore.App 8.0.11 [/opt/dotnet/shared/Microsoft.NETCore.App]\r\n' +
  'Microsoft.WindowsDesktop.App 10.0.1 [C:\\dotnet\\shared]\r\n';

describe('dotnet --list-runtimes', () => {
  it('parses name, version and major of every line', () => {
    assert.deepEqual(parseListRuntimes(ten), [
      { name: 'Microsoft.AspNetCore.App', version: '10.0.12', major: 10 },
      { name: 'Microsoft.NETCore.App', version: '10.0.12', major: 10 },
    ]);
  });

  it('needs Microsoft.NETCore.App 10.x: another major or another framework does not do', () => {
    assert.equal(hasRequiredRuntime(ten), true);
    assert.equal(hasRequiredRuntime(eight), false);
    assert.equal(hasRequiredRuntime('Microsoft.NETCore.App 11.0.0-preview.1 [/x]'), false);
    assert.equal(hasRequiredRuntime(''), false);
    assert.equal(hasRequiredRuntime('garbage\n\n  \nMicrosoft.NETCore.App notaversion'), false);
  });

  it('explains what was found when no runtime fits', () => {
    const message = missingRuntimeMessage([{ dotnet: '/opt/dotnet/dotnet', runtimes: parseListRuntimes(eight) }]);
    assert.match(message, /\.NET 10 runtime/);
    assert.match(message, /\/opt\/dotnet\/dotnet \(8\.0\.11\)/);
    assert.match(missingRuntimeMessage([]), /no 'dotnet' was found/);
  });
});

describe('finding dotnet', () => {
  const linux = { platform: 'linux' as NodeJS.Platform, homeDir: '/home/ada' };

  it('orders DOTNET_ROOT, then PATH, then the usual folders, without duplicates', () => {
    const found = dotnetCandidates({ ...linux, env: { DOTNET_ROOT: '/opt/dn', PATH: '/usr/bin:/usr/share/dotnet' },
      isFile: files('/opt/dn/dotnet', '/usr/share/dotnet/dotnet', '/home/ada/.dotnet/dotnet') });
    assert.deepEqual(found, ['/opt/dn/dotnet', '/usr/share/dotnet/dotnet', '/home/ada/.dotnet/dotnet']);
  });

  it('finds dotnet.exe under Program Files on Windows', () => {
    const found = dotnetCandidates({ platform: 'win32', homeDir: 'C:\\Users\\ada', env: { ProgramFiles: 'C:\\Program Files' },
      isFile: files('C:\\Program Files\\dotnet\\dotnet.exe') });
    assert.deepEqual(found, ['C:\\Program Files\\dotnet\\dotnet.exe']);
  });
});

describe('serverCommandLine', () => {
  const search = { platform: 'linux' as NodeJS.Platform, homeDir: '/h', env: { PATH: '/a:/b' }, isFile: files('/a/dotnet', '/b/dotnet') };

  it('runs an executable directly with --stdio', async () => {
    const r = await serverCommandLine({ kind: 'executable', command: '/x/papers-lsp', origin: 'path' }, search, async () => undefined);
    assert.deepEqual(r, { ok: true, commandLine: { command: '/x/papers-lsp', args: ['--stdio'] } });
  });

  it('skips a dotnet without the .NET 10 runtime and uses the next one', async () => {
    const outputs: Record<string, string> = { '/a/dotnet': eight, '/b/dotnet': ten };
    const r = await serverCommandLine({ kind: 'dll', dll: '/e/server/papers-lsp.dll', origin: 'bundled' }, search,
      async (dotnet) => outputs[dotnet]);
    assert.deepEqual(r, { ok: true, commandLine: { command: '/b/dotnet', args: ['/e/server/papers-lsp.dll', '--stdio'] } });
  });

  it('fails with an actionable message when no dotnet has the runtime', async () => {
    const r = await serverCommandLine({ kind: 'dll', dll: '/e/papers-lsp.dll', origin: 'bundled' }, search,
      async (dotnet) => dotnet === '/a/dotnet' ? eight : undefined);
    assert.equal(r.ok, false);
    assert.equal((r as { missingRuntime: boolean }).missingRuntime, true);
    assert.match((r as { message: string }).message, /\/a\/dotnet \(8\.0\.11\)/);
  });
});
