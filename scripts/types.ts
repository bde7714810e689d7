// The typed values that flow between pipeline stages. Every stage takes one of these and returns the next.
// Everyone imports them from here; they are written in types/, one file per phase whose output they describe.

export type * from './types/diagnostic.js';
export type * from './types/options.js';
export type * from './types/source.js';
export type * from './types/document.js';
export type * from './types/slide-plan.js';
export type * from './types/rendered-deck.js';
export type * from './types/build-report.js';
export type { LabelKey, Labels } from './labels.js';
