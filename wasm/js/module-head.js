// siaran: a linter for Indonesian KPU press releases, as an ES module over WebAssembly.
// Assembled by scripts/build-web.sh from wasm/js/module-head.js, wasm/js/core.js and
// wasm/js/module-tail.js; types in siaran.d.ts.
import initWasm, { initSync as initWasmSync } from './siaran_wasm.js';
import * as raw from './siaran_wasm.js';

let loaded = false;
let loading = null;
