// Maps the flat `papersLsp.*` VS Code settings onto the nested object the server reads. vscode-free (unit-tested).

/** The settings section the server reads from initializationOptions and workspace/configuration. */
export const settingsSection = 'papersLsp';

/** Settings only the client uses; the server never sees them. */
const clientOnlyPrefixes = ['server.', 'trace.'];

/** True for a key (without the section prefix) that belongs to the client alone. */
export function isClientOnly(key: string): boolean {
  return clientOnlyPrefixes.some((p) => key.startsWith(p));
}

/**
 * `{"catalog.path": "x", "online.enabled": true}` → `{"catalog": {"path": "x"}, "online": {"enabled": true}}`.
 * Keys are given without the `papersLsp.` prefix; client-only keys are dropped; `undefined` values are left out so
 * the server applies its own defaults.
 */
export function toServerSettings(keys: readonly string[], valueOf: (key: string) => unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const key of keys) {
    if (isClientOnly(key)) continue;
    const value = valueOf(key);
    if (value === undefined) continue;
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = value;
  }
  return root;
}

/** The setting keys (without prefix) contributed in package.json's `contributes.configuration`. */
export function contributedKeys(packageJson: { contributes?: { configuration?: { properties?: Record<string, unknown> } } }): string[] {
  const properties = packageJson.contributes?.configuration?.properties ?? {};
  const prefix = settingsSection + '.';
  return Object.keys(properties).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}
