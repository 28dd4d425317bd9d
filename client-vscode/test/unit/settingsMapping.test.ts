import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { contributedKeys, toServerSettings } from '../../src/settingsMapping';

// The real manifest: the mapping must cover exactly what the extension contributes.
const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const properties = packageJson.contributes.configuration.properties as Record<string, { default: unknown }>;

describe('settings mapping', () => {
  it('nests every contributed server setting at the dots, with package.json defaults', () => {
    const keys = contributedKeys(packageJson);
    const settings = toServerSettings(keys, (key) => properties['papersLsp.' + key].default);
    assert.deepEqual(settings, {
      catalog: { path: null, sources: [] },
      bibtex: { style: 'arxiv', keyFormat: 'google', globalBibliographies: [] },
      markdown: { insertFormat: 'link' },
      inlayHints: { enabled: true, maxLength: 60 },
      online: { enabled: false, arxivApi: 'https://export.arxiv.org/api/query', contact: '' },
      citations: { extraCommands: [] },
      diagnostics: { enabled: true, unusedEntries: 'auto' },
    });
  });

  it('keeps the client-only server.* and trace.* settings away from the server', () => {
    const settings = toServerSettings(['server.path', 'trace.server', 'online.enabled'], () => 'x');
    assert.deepEqual(settings, { online: { enabled: 'x' } });
  });

  it('leaves out undefined values so the server applies its defaults, but keeps null and false', () => {
    const values: Record<string, unknown> = { 'catalog.path': null, 'catalog.sources': undefined, 'online.enabled': false };
    assert.deepEqual(toServerSettings(Object.keys(values), (k) => values[k]), { catalog: { path: null }, online: { enabled: false } });
  });

  it('lets a nested key win over a scalar at its parent', () => {
    assert.deepEqual(toServerSettings(['a', 'a.b'], (k) => (k === 'a' ? 1 : 2)), { a: { b: 2 } });
  });

  it('contributes the settings the server contract names, with types and descriptions', () => {
    for (const [key, schema] of Object.entries(properties as Record<string, Record<string, unknown>>)) {
      assert.ok(schema.type, `${key} has a type`);
      assert.ok(schema.markdownDescription || schema.description, `${key} has a description`);
      assert.ok('default' in schema, `${key} has a default`);
    }
    assert.deepEqual(properties['papersLsp.bibtex.keyFormat'] && (properties['papersLsp.bibtex.keyFormat'] as unknown as { enum: string[] }).enum,
      ['arxiv', 'google', 'betterBibtex', 'id']);
  });
});

describe('manifest', () => {
  it('activates on the document languages and commands, never on *', () => {
    const events: string[] = packageJson.activationEvents;
    assert.ok(!events.includes('*'));
    for (const language of ['markdown', 'latex', 'tex', 'bibtex', 'quarto', 'rmd']) {
      assert.ok(events.includes(`onLanguage:${language}`), language);
    }
    for (const command of packageJson.contributes.commands) assert.ok(events.includes(`onCommand:${command.command}`), command.command);
  });

  it('lets only the user, never a workspace, choose the server executable', () => {
    assert.equal((properties['papersLsp.server.path'] as unknown as { scope: string }).scope, 'machine');
  });

  it('titles every command in the Papers category', () => {
    for (const command of packageJson.contributes.commands) {
      assert.equal(command.category, 'Papers', command.command);
      assert.match(command.command, /^papers\./);
    }
  });
});
