// @ts-check
import path from 'node:path';

/**
 * @typedef {{ layers: string[][], root: string, entries: string[] }} Options
 *
 * An ESLint rule holding a one-way stack of folders: a file may import from folders in the
 * layers below its own, never from one above it or beside it. Every import is resolved to
 * the folder it lands in, whatever the spelling: static imports, re-exports and dynamic
 * `import()`, from files at any depth. Entry files (`main.tsx`) may import anything and
 * nothing may import them.
 */
export const clientLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Client folders import only from the layers below them' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
          root: { type: 'string' },
          entries: { type: 'array', items: { type: 'string' } },
        },
        required: ['layers', 'root', 'entries'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        '{{from}}/ sits below {{to}}/ in the client’s layers ({{order}}): it may not import from it.',
      sideways:
        '{{from}}/ and {{to}}/ stand side by side in the client’s layers ({{order}}): neither imports the other.',
      entry: '{{to}} is an entry point: nothing imports it.',
      unplaced: '{{to}} is in no layer of the client: add its folder to CLIENT_LAYERS.',
    },
  },
  /** @param {import('eslint').Rule.RuleContext} context */
  create(context) {
    /** @type {Options} */
    const { layers, root, entries } = context.options[0];
    const srcRoot = path.resolve(context.cwd, root);
    const order = layers.map((layer) => layer.join(' | ')).join(' → ');
    /** @param {string} file */
    const placeOf = (file) => {
      const relative = path.relative(srcRoot, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
      const [first = ''] = relative.split(path.sep);
      if (entries.includes(first.replace(/\.[jt]sx?$/, ''))) return { entry: first };
      const depth = layers.findIndex((layer) => layer.includes(first));
      return { folder: first, depth };
    };
    const here = placeOf(context.filename);
    if (!here || 'entry' in here) return {};
    if (here.depth === -1) {
      return {
        Program: (node) =>
          context.report({ node, messageId: 'unplaced', data: { to: `${here.folder}/` } }),
      };
    }

    /** @param {import('estree').Node} node @param {unknown} specifier */
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = placeOf(path.resolve(path.dirname(context.filename), specifier));
      if (!target) return;
      if ('entry' in target) {
        context.report({ node, messageId: 'entry', data: { to: specifier } });
        return;
      }
      if (target.folder === here.folder) return;
      const data = { from: here.folder, to: target.folder, order };
      if (target.depth === -1)
        context.report({ node, messageId: 'unplaced', data: { to: specifier } });
      else if (target.depth < here.depth) context.report({ node, messageId: 'upward', data });
      else if (target.depth === here.depth) context.report({ node, messageId: 'sideways', data });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal'
          ? check(node, node.source.value)
          : node.source.type === 'TemplateLiteral' && node.source.expressions.length === 0
            ? check(node, node.source.quasis[0]?.value.cooked)
            : undefined,
    };
  },
};
