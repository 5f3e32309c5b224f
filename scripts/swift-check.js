// What can be checked of the iOS shell on a machine without Swift (scripts/ios-check.sh runs this):
//   1. every hand-written Swift file of ios/ parses with tree-sitter-swift, with no error at all;
//   2. the Swift bindings uniffi generated from the real library parse, except for constructs the
//      grammar is known not to have (GENERATED_UNKNOWN below): an unknown construct of another kind
//      fails;
//   3. no type of the shell is named like a type of the bindings (one module holds both);
//   4. every call on the core's object names a method of `App` with the argument labels it declares;
//   5. parity: every `App` method of the bindings that the Android shell calls, the iOS shell calls
//      too, and the reverse, unless ios/README.md lists the difference with a reason.
// Prints each check and `N passed, N failed`; exits 1 when any failed.
//
//   node scripts/swift-check.js <repo root> <folder of generated Swift bindings>
'use strict';
const fs = require('fs');
const path = require('path');
const Parser = require('tree-sitter');
const Swift = require('tree-sitter-swift');

const [root, generatedDir] = process.argv.slice(2);
if (!root || !generatedDir) {
  console.error('usage: node swift-check.js <repo root> <generated bindings folder>');
  process.exit(2);
}

// Constructs of uniffi's generated Swift that tree-sitter-swift 0.7 does not know. Each is blanked
// out (keeping lines and columns) and counted before the file is parsed; anything else the grammar
// cannot read in the generated file is a failure.
const GENERATED_UNKNOWN = [
  {
    kind: '`#if swift(>=5.8)` around an attribute',
    pattern: /^[ \t]*#if swift\([^)\n]*\)\n[ \t]*@[^\n]*\n[ \t]*#endif[ \t]*$/gm,
  },
  { kind: '`nonisolated(unsafe)`', pattern: /nonisolated\(unsafe\)/g },
  { kind: 'a closure returning `()`: `{ () }`', pattern: /\{ \(\) \}/g, keep: '{    }' },
];

/** The source with the known unknowns blanked out, and how many of each there were. */
function withoutKnownUnknowns(source) {
  const counts = new Map();
  let text = source;
  for (const known of GENERATED_UNKNOWN) {
    text = text.replace(known.pattern, (found) => {
      counts.set(known.kind, (counts.get(known.kind) || 0) + 1);
      return known.keep || found.replace(/[^\n]/g, ' ');
    });
  }
  return { text, counts };
}

// scripts/ios-check.sh's own checks, so that one line sums them all.
let passed = Number(process.env.SHELL_PASSED || 0);
let failed = Number(process.env.SHELL_FAILED || 0);
function check(name, problems) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}`);
    for (const problem of problems) console.log(`       ${problem}`);
  }
}

const parser = new Parser();
parser.setLanguage(Swift);

/** Every ERROR or MISSING node of a parse, as { row, column, line, missing }. */
function parse(source) {
  // The default buffer is 32 KiB; the generated bindings are far larger.
  return parser.parse(source, null, { bufferSize: source.length * 2 + 1024 });
}

function syntaxProblems(source, tree = parse(source)) {
  const lines = source.split('\n');
  const found = [];
  const walk = (node) => {
    if (node.type === 'ERROR' || node.isMissing) {
      const row = node.startPosition.row;
      found.push({
        row: row + 1,
        column: node.startPosition.column + 1,
        line: (lines[row] || '').trim(),
        missing: node.isMissing ? node.type : null,
      });
      if (node.type === 'ERROR') return; // one report per broken region
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.rootNode);
  return found;
}

function swiftFiles(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'build' || entry.name === 'Generated') continue;
      out.push(...swiftFiles(full));
    } else if (entry.name.endsWith('.swift')) {
      out.push(full);
    }
  }
  return out.sort();
}

function kotlinFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...kotlinFiles(full));
    else if (entry.name.endsWith('.kt')) out.push(full);
  }
  return out.sort();
}

// 1. The shell's own Swift: no syntax error of any kind.
const shellFiles = swiftFiles(path.join(root, 'ios'));
if (shellFiles.length === 0) check('the iOS shell has Swift files', ['none found under ios/']);
for (const file of shellFiles) {
  const problems = syntaxProblems(fs.readFileSync(file, 'utf8')).map((p) =>
    p.missing ? `${p.row}:${p.column} missing ${p.missing}: ${p.line}` : `${p.row}:${p.column} cannot parse: ${p.line}`,
  );
  check(`parses: ${path.relative(root, file)}`, problems);
}

// 2. The generated bindings: only the known unknowns.
const generated = fs.readdirSync(generatedDir).filter((f) => f.endsWith('.swift')).sort();
if (generated.length === 0) check('uniffi generated Swift bindings', [`none in ${generatedDir}`]);
const bindingTrees = [];
for (const name of generated) {
  const source = fs.readFileSync(path.join(generatedDir, name), 'utf8');
  const { text, counts } = withoutKnownUnknowns(source);
  const tree = parse(text);
  bindingTrees.push(tree);
  for (const [kind, count] of counts) console.log(`       ${name}: ${count} × ${kind}, which the grammar does not know (allowed)`);
  const unexpected = syntaxProblems(text, tree).map(
    (p) => `${p.row}:${p.column} ${p.missing ? 'missing ' + p.missing : 'cannot parse'}: ${p.line}`,
  );
  check(`parses: generated ${name} (${source.split('\n').length} lines)`, unexpected);
}

// 3. No type of the shell takes a name the bindings already use: both are compiled into one module,
// where a second `VaultGate` or `ReadAloud` would not compile.
const TYPE_DECLARATIONS = ['class_declaration', 'protocol_declaration', 'typealias_declaration'];
function declaredTypes(tree) {
  const names = new Set();
  for (const node of tree.rootNode.descendantsOfType(TYPE_DECLARATIONS)) {
    // tree-sitter-swift parses struct, enum and extension as class_declaration too; an extension
    // names a type without declaring it.
    if (node.children.some((c) => c.type === 'extension')) continue;
    const name = node.childForFieldName('name');
    if (name && node.parent === tree.rootNode) names.add(name.text.replace(/<.*/, ''));
  }
  return names;
}
const boundTypes = new Set(bindingTrees.flatMap((tree) => [...declaredTypes(tree)]));
const clashes = [];
for (const file of shellFiles) {
  for (const name of declaredTypes(parse(fs.readFileSync(file, 'utf8')))) {
    if (boundTypes.has(name)) clashes.push(`${path.relative(root, file)}: ${name} is already a type of the bindings`);
  }
}
check(`no shell type is named like one of the bindings' ${boundTypes.size} types`, clashes);

// 5. Parity of the core's `App` methods between the two shells.
/** Each function declared in the body of the generated `class App`, with its argument labels. */
function appMethods(trees) {
  const methods = new Map();
  for (const tree of trees) {
    for (const type of tree.rootNode.descendantsOfType('class_declaration')) {
      if (type.childForFieldName('name')?.text !== 'App') continue;
      const body = type.childForFieldName('body');
      for (const member of body ? body.namedChildren : []) {
        if (member.type !== 'function_declaration') continue;
        const name = member.childForFieldName('name').text.replace(/`/g, '');
        // uniffi's own plumbing, not the product's API.
        if (name.startsWith('uniffi')) continue;
        const labels = member.namedChildren
          .filter((c) => c.type === 'parameter')
          .map((parameter) => {
            const external = parameter.childForFieldName('external_name');
            const label = external ? external.text : parameter.namedChildren.find((c) => c.type === 'simple_identifier')?.text;
            return label === '_' ? null : label;
          });
        methods.set(name, labels);
      }
    }
  }
  return methods;
}
const methods = appMethods(bindingTrees);
check(`the bindings' App has methods (${methods.size})`, methods.size > 20 ? [] : ['too few: did the class change its shape?']);

// 4. Every call on the core's object names a method `App` has, with the labels it declares: the
// closest this machine gets to a type check of the shell's calls into the core.
const labelProblems = [];
for (const file of shellFiles) {
  const tree = parse(fs.readFileSync(file, 'utf8'));
  for (const call of tree.rootNode.descendantsOfType('call_expression')) {
    const callee = call.namedChildren[0];
    if (!callee || callee.type !== 'navigation_expression') continue;
    const target = callee.childForFieldName('target');
    const name = callee.childForFieldName('suffix')?.namedChildren[0]?.text;
    // The core object is `app`, `shell.app`, `App` (the constructor) or `$0` in a screen's loader.
    const onCore = target && (/^(app|App)$/.test(target.text) || /\.app$/.test(target.text));
    const maybeCore = target && target.text === '$0' && methods.has(name);
    if (!name || !(onCore || maybeCore)) continue;
    const where = `${path.relative(root, file)}:${call.startPosition.row + 1}`;
    if (!methods.has(name)) {
      if (onCore && target.text !== 'App') labelProblems.push(`${where}: App has no method ${name}`);
      continue;
    }
    const args = call.descendantsOfType('value_arguments')[0];
    const given = (args ? args.namedChildren.filter((a) => a.type === 'value_argument' && a.parent === args) : []).map(
      (a) => a.childForFieldName('name')?.text.replace(/:$/, '').trim() || null,
    );
    const wanted = methods.get(name);
    if (JSON.stringify(given) !== JSON.stringify(wanted)) {
      labelProblems.push(`${where}: ${name}(${given.map((l) => (l || '_') + ':').join('')}) but the bindings declare ${name}(${wanted.map((l) => (l || '_') + ':').join('')})`);
    }
  }
}
check('every call into the core names an App method with its argument labels', labelProblems);

function called(files) {
  const found = new Set();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    // Calls on the core's object: `app.x(` or `app?.x(` (both shells), `App.open(`, `$0.x(` (a
    // Swift screen's load closure), `core(context).x(` (Kotlin outside a screen).
    for (const m of text.matchAll(/(?:\b[Aa]pp|\$0|\bcore\([^)]*\))\s*\??\s*\.\s*(\w+)\s*\(/g)) {
      if (methods.has(m[1])) found.add(m[1]);
    }
  }
  return found;
}
const android = called(kotlinFiles(path.join(root, 'android/app/src/main/java')));
const ios = called(shellFiles);

// ios/README.md, section "Differences from the Android shell": "- `method` (Android only|iOS only): why".
const readme = fs.readFileSync(path.join(root, 'ios/README.md'), 'utf8');
const listed = new Map();
const section = readme.split(/^## /m).find((s) => s.startsWith('Differences from the Android shell'));
if (section) {
  for (const m of section.matchAll(/^- `(\w+)` \((Android only|iOS only)\): (.+)$/gm)) listed.set(m[1], m[2]);
}
const parity = [];
for (const method of [...methods.keys()].sort()) {
  const where = android.has(method) && !ios.has(method) ? 'Android only' : ios.has(method) && !android.has(method) ? 'iOS only' : null;
  if (where && listed.get(method) !== where) parity.push(`${method}: ${where}, not listed in ios/README.md`);
  if (!where && listed.has(method)) parity.push(`${method}: listed as ${listed.get(method)} in ios/README.md, but both shells call it now`);
}
console.log(`       App methods: ${methods.size}; Android calls ${android.size}, iOS calls ${ios.size}; listed differences ${listed.size}`);
check('parity: the App methods each shell calls', parity);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
