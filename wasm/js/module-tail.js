
/**
 * Loads the WebAssembly module. `source` may be a URL, a Response, the bytes or a
 * WebAssembly.Module; by default the .wasm beside this file (read from disk in Node).
 */
export function init(source) {
  loading ??= (async () => {
    let input = source;
    if (input === undefined && typeof process !== 'undefined' && process.versions?.node) {
      const { readFile } = await import('node:fs/promises');
      input = await readFile(new URL('./siaran_wasm_bg.wasm', import.meta.url));
    }
    await initWasm(input === undefined ? undefined : { module_or_path: input });
    loaded = true;
  })();
  return loading;
}

/** Loads the WebAssembly module from its bytes or a compiled WebAssembly.Module. */
export function initSync(bytes) {
  initWasmSync({ module: bytes });
  loaded = true;
}

const api = siaranApi(raw, () => loaded);
export const { lint, fix, rules, explain, satker, docxText, applyFix } = api;
