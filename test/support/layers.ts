/**
 * The layers of src/ and the packages with a narrow home, read from CONTRIBUTING.md's tables so the rules
 * are written once, and the imports of every source file (static, type-only, re-exports and dynamic), read
 * with TypeScript's own pre-processor rather than a regular expression.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const root = resolve(new URL('../..', import.meta.url).pathname);

export interface Layer {
  readonly name: string;
  /** 0 for the bottom layer (kernel). */
  readonly rank: number;
  /** Paths relative to the repository root; a trailing '/' makes a folder. */
  readonly paths: readonly string[];
}

export interface PackageRule {
  /** A package name, or a scope prefix ending in '/' (`@actions/`). */
  readonly pkg: string;
  readonly onlyUnder: readonly string[];
}

/** The rows of a Markdown table between `<!-- NAME:begin` and `<!-- NAME:end -->`, header and rule dropped. */
function tableRows(markdown: string, name: string, file: string): string[][] {
  const begin = markdown.indexOf(`<!-- ${name}:begin`);
  const end = markdown.indexOf(`<!-- ${name}:end -->`);
  if (begin < 0 || end < begin) throw new Error(`${file}: no table between <!-- ${name}:begin --> and <!-- ${name}:end -->`);
  const rows = markdown
    .slice(begin, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const body = rows.slice(2);
  if (body.length === 0) throw new Error(`${file}: the ${name} table has no rows`);
  return body;
}

const codeSpans = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

export function readLayerTables(file = join(root, 'CONTRIBUTING.md')): { layers: Layer[]; packages: PackageRule[] } {
  const markdown = readFileSync(file, 'utf8');
  const layers = tableRows(markdown, 'layers', file).map(([name, modules], rank) => {
    const paths = codeSpans(modules ?? '');
    if (!name || paths.length === 0) throw new Error(`${file}: layer row ${rank + 1} needs a name and at least one \`path\``);
    return { name, rank, paths };
  });
  const packages = tableRows(markdown, 'packages', file).map(([pkg, under]) => {
    const [name] = codeSpans(pkg ?? '');
    const onlyUnder = codeSpans(under ?? '');
    if (!name || onlyUnder.length === 0) throw new Error(`${file}: package row "${pkg}" needs a \`package\` and at least one \`path\``);
    return { pkg: name, onlyUnder };
  });
  return { layers, packages };
}

const covers = (path: string, file: string): boolean => (path.endsWith('/') ? file.startsWith(path) : file === path);

/** The layer of a file: the layer of the longest path that covers it, or undefined when none does. */
export function layerOf(layers: readonly Layer[], file: string): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers) {
    for (const path of layer.paths) {
      if (covers(path, file) && (!best || path.length > best.length)) best = { layer, length: path.length };
    }
  }
  return best?.layer;
}

export const isUnder = (paths: readonly string[], file: string): boolean => paths.some((path) => covers(path, file));

/**
 * The module a file belongs to for cycle checks: its folder directly under src/ (`src/cli`), or the file
 * itself when it sits in src/ (`src/errors.ts`), or the file when a layer row names it alone.
 */
export function moduleOf(layers: readonly Layer[], file: string): string {
  if (layers.some((layer) => layer.paths.includes(file))) return file;
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : file;
}

export interface Import {
  /** Repository-relative path of the importing file. */
  readonly from: string;
  /** Repository-relative .ts path for a relative import, the bare specifier for a package. */
  readonly to: string;
  readonly kind: 'file' | 'package';
}

export function sourceFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
    .sort();
}

export function importsOf(file: string): Import[] {
  const from = relative(root, file);
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((entry) => entry.fileName)
    .filter((spec) => !spec.startsWith('node:'))
    .map((spec) =>
      spec.startsWith('.')
        ? { from, to: relative(root, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'), kind: 'file' as const }
        : { from, to: spec, kind: 'package' as const },
    );
}

const parsedFiles = new Map<string, ts.SourceFile>();
function parsed(file: string): ts.SourceFile {
  let source = parsedFiles.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    parsedFiles.set(file, source);
  }
  return source;
}

/** Dynamic imports whose argument is not a string literal: the layer check cannot see where they lead. */
export function computedDynamicImports(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (!arg || !ts.isStringLiteralLike(arg)) found.push(`${relative(root, file)}: import(${arg?.getText(source) ?? ''})`);
    }
    ts.forEachChild(node, visit);
  };
  const source = parsed(file);
  visit(source);
  return found;
}

/** Dynamic imports with a literal specifier: ncc puts each in a chunk of the same bundle, loaded when it runs. */
export function literalDynamicImports(file: string): Import[] {
  const from = relative(root, file);
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg) && !arg.text.startsWith('node:')) {
        found.push(
          arg.text.startsWith('.')
            ? { from, to: relative(root, resolve(dirname(file), arg.text)).replace(/\.js$/, '.ts'), kind: 'file' }
            : { from, to: arg.text, kind: 'package' },
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed(file));
  return found;
}

/** The imports a file makes when it is loaded: static, not `import type`, not type-only names, not dynamic. */
export function staticValueImports(file: string): Import[] {
  const from = relative(root, file);
  const source = parsed(file);
  const found: Import[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || spec.text.startsWith('node:')) continue;
    if (ts.isImportDeclaration(statement)) {
      // `import { type A } from 'm'` still loads m under verbatimModuleSyntax; only `import type` does not.
      if (statement.importClause?.isTypeOnly) continue;
    } else if (statement.isTypeOnly) {
      continue;
    }
    found.push(
      spec.text.startsWith('.')
        ? { from, to: relative(root, resolve(dirname(file), spec.text)).replace(/\.js$/, '.ts'), kind: 'file' }
        : { from, to: spec.text, kind: 'package' },
    );
  }
  return found;
}
