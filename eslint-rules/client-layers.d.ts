import type { Rule } from 'eslint';

/** Client folders import only from the layers below them (see client-layers.js). */
export declare const clientLayers: Rule.RuleModule;
