import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverServer, expandHome, findOnPath } from '../../src/serverDiscovery';

const files = (...paths: string[]) => (p: string) => paths.includes(p);
const base = { extensionPath: '/ext', platform: 'linux' as NodeJS.Platform, homeDir: '/home/ada', envPath: '/usr/bin:/opt/papers/bin' };

describe('discoverServer', () => {
  it('prefers the setting over the bundled server and PATH', () => {
    const r = discoverServer({ ...base, configuredPath: '/srv/papers-lsp', isFile: files('/srv/papers-lsp', '/ext/server/papers-lsp.dll', '/opt/papers/bin/papers-lsp') });
    assert.deepEqual(r, { ok: true, launch: { kind: 'executable', command: '/srv/papers-lsp', origin: 'setting' } });
  });

  it('runs a configured .dll with dotnet, case-insensitively and with ~ expanded', () => {
    const r = discoverServer({ ...base, configuredPath: '~/build/Papers-Lsp.DLL', isFile: files('/home/ada/build/Papers-Lsp.DLL') });
    assert.deepEqual(r, { ok: true, launch: { kind: 'dll', dll: '/home/ada/build/Papers-Lsp.DLL', origin: 'setting' } });
  });

  it('reports a configured path that does not exist instead of silently falling back', () => {
    const r = discoverServer({ ...base, configuredPath: '/nowhere/papers-lsp', isFile: files('/ext/server/papers-lsp.dll') });
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, /papersLsp\.server\.path.*\/nowhere\/papers-lsp/);
  });

  it('uses the server bundled in the extension when the setting is empty', () => {
    const r = discoverServer({ ...base, configuredPath: '  ', isFile: files('/ext/server/papers-lsp.dll', '/opt/papers/bin/papers-lsp') });
    assert.deepEqual(r, { ok: true, launch: { kind: 'dll', dll: '/ext/server/papers-lsp.dll', origin: 'bundled' } });
  });

  it('falls back to papers-lsp on PATH, in PATH order', () => {
    const r = discoverServer({ ...base, isFile: files('/opt/papers/bin/papers-lsp') });
    assert.deepEqual(r, { ok: true, launch: { kind: 'executable', command: '/opt/papers/bin/papers-lsp', origin: 'path' } });
  });

  it('looks for papers-lsp.exe on Windows with ; separators', () => {
    const r = discoverServer({ ...base, platform: 'win32', extensionPath: 'C:\\ext', envPath: 'C:\\tools;C:\\papers',
      isFile: files('C:\\papers\\papers-lsp.exe') });
    assert.deepEqual(r, { ok: true, launch: { kind: 'executable', command: 'C:\\papers\\papers-lsp.exe', origin: 'path' } });
  });

  it('says what to do when no server exists anywhere', () => {
    const r = discoverServer({ ...base, isFile: files() });
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, /papersLsp\.server\.path/);
  });
});

describe('path helpers', () => {
  it('expands only a leading ~', () => {
    assert.equal(expandHome('~', '/h'), '/h');
    assert.equal(expandHome('~/a/b', '/h'), '/h/a/b');
    assert.equal(expandHome('/a/~/b', '/h'), '/a/~/b');
  });

  it('skips empty PATH entries and returns undefined when nothing matches', () => {
    assert.equal(findOnPath(['x'], '::/a:', 'linux', files('/a/x')), '/a/x');
    assert.equal(findOnPath(['x'], undefined, 'linux', files('/a/x')), undefined);
    assert.equal(findOnPath(['x'], '/b', 'linux', files('/a/x')), undefined);
  });
});
