// Loads a dependency's CommonJS build from our ES modules. Node 20 imports a package's ES build one file at a time
// (markdown-it: 60 files in 70 ms, against 25 ms for its one-file CommonJS build) and scans a CommonJS package
// for named exports before importing it (marp-core's 1 MB bundle); and markdown-it, which Marp already loads as
// CommonJS, would otherwise be loaded twice. Types still come from `import type`.
import { createRequire } from 'node:module';

export const requireCjs = createRequire(import.meta.url);
