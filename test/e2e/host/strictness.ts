/**
 * The mocks wrap every instance in a Proxy that throws on properties the mock does not define.
 * That is what we want for Obsidian's own objects (App, Vault, Workspace…): it catches calls to
 * APIs the mock lacks. For the plugin's own subclasses it is not: a field declared but not yet
 * assigned reads as `undefined` in Obsidian and must not crash here. The patched strict proxy
 * (see build-host.mjs) asks `__e2eLenient` before throwing.
 */
import { state } from './state';

const mockPrototypes = new Set<object>();

/** Records every class exported by the mock module, so their direct instances stay strict. */
export function registerMockClasses(mod: Record<string, unknown>): void {
  for (const value of Object.values(mod)) {
    if (typeof value === 'function' && typeof value.prototype === 'object' && value.prototype !== null) {
      mockPrototypes.add(value.prototype as object);
    }
  }
}

/** Lenient only for instances of classes the plugin defined (their prototype is not a mock's). */
function isLenient(target: object, prop: PropertyKey): boolean {
  const proto = Object.getPrototypeOf(target) as object | null;
  if (proto === null || proto === Object.prototype || mockPrototypes.has(proto)) return false;
  const owner = (proto as { constructor?: { name?: string } }).constructor?.name ?? '?';
  state.lenientReads.push(`${owner}.${String(prop)}`);
  return true;
}

export function installLeniency(): void {
  (globalThis as { __e2eLenient?: typeof isLenient }).__e2eLenient = isLenient;
}
