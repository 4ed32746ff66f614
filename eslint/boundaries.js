// The lint rule behind the import boundaries declared in eslint.config.js: which part of the repository a
// file belongs to (a lib under libs/, an app under apps/), and which parts each may import, by `#lib` or by a
// relative path that climbs out of its own part.
import path from 'node:path';

/**
 * @typedef {{ libs: string[] | '*', apps?: string[] }} Allowed
 * @typedef {{ from: string, to: string, why: string }} Exception  `from`: a file or folder, relative to the root
 * @typedef {{ root: string, libs: string[], allowed: Record<string, Allowed>, specs?: string[], exceptions?: Exception[] }} Options
 */

/** `libs/network`, `apps/api`, or null for files outside both (test/, scripts/, the configs). */
function partOf(relative) {
  const [top, name] = relative.split(/[\\/]/);
  return (top === 'libs' || top === 'apps') && name ? `${top}/${name}` : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const boundariesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between apps and libs follow the table in eslint.config.js (ARCHITECTURE.md "Boundaries")' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      forbidden: '{{from}} may not import {{to}} (see the boundaries table in eslint.config.js).',
      reachIn: 'Import {{to}} through its index ("#{{lib}}"), not by a relative path into it.',
    },
  },
  create(context) {
    /** @type {Options} */
    const options = context.options[0];
    const file = path.relative(options.root, context.filename).split(path.sep).join('/');
    const from = partOf(file);
    if (!from) return {};
    const allowed = options.allowed[from];
    const isSpec = /\.(e2e-|web-)?spec\.tsx?$/.test(file);
    const excepted = (to) => (options.exceptions ?? []).some((e) => e.to === to && (file === e.from || file.startsWith(`${e.from}/`)));
    const may = (to) => {
      if (!allowed) return false;
      if (to.startsWith('libs/')) {
        const lib = to.slice('libs/'.length);
        if (isSpec && (options.specs ?? []).includes(lib)) return true;
        return allowed.libs === '*' || allowed.libs.includes(lib);
      }
      return (allowed.apps ?? []).includes(to);
    };

    function check(node, source) {
      if (typeof source !== 'string') return;
      let to;
      let relative = false;
      if (source.startsWith('#')) {
        const lib = source.slice(1).split('/')[0];
        if (!options.libs.includes(lib)) return;
        to = `libs/${lib}`;
      } else if (source.startsWith('./') || source.startsWith('../')) {
        const target = path
          .relative(options.root, path.resolve(path.dirname(context.filename), source))
          .split(path.sep)
          .join('/');
        to = partOf(target);
        relative = true;
        // test/support holds the whole app's factory: a lib reaching it would import the app by the back door.
        if (!to && from.startsWith('libs/') && target.startsWith('test/')) to = 'test';
      }
      if (!to || to === from) return;
      if (!may(to) && !excepted(to)) {
        context.report({ node, messageId: 'forbidden', data: { from, to } });
      } else if (relative && to.startsWith('libs/') && !excepted(to)) {
        context.report({ node, messageId: 'reachIn', data: { to, lib: to.slice('libs/'.length) } });
      }
    }

    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.source;
        if (literal?.type === 'Literal') check(literal, literal.value);
      },
    };
  },
};
