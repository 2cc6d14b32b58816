// compile.js: compiles every .sol under src/ and test/ with the pinned solc
// (package.json) and writes ABI and bytecode artifacts to artifacts/src and
// artifacts/test. Deterministic: sources sorted, bytecode without metadata
// hash, so the same inputs give the same bytes on every machine.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const groups = ['src', 'test'];

function listSol(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listSol(p));
    else if (e.isFile() && e.name.endsWith('.sol')) out.push(p);
  }
  return out;
}

const sources = {};
const files = [];
for (const g of groups) files.push(...listSol(path.join(root, g)));
files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort().forEach((rel) => {
  sources[rel] = { content: fs.readFileSync(path.join(root, rel), 'utf8') };
});

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

function findImports(p) {
  const candidates = [path.join(root, 'node_modules', p), path.join(root, p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'import not found: ' + p };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage || e.message);
  if (e.severity === 'error') failed = true;
}
if (failed) {
  process.stderr.write('compile.js: compilation failed\n');
  process.exit(1);
}

for (const g of groups) {
  const dir = path.join(root, 'artifacts', g);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const seen = {};
  for (const file of Object.keys(output.contracts).sort()) {
    if (!file.startsWith(g + '/')) continue;
    for (const name of Object.keys(output.contracts[file]).sort()) {
      const c = output.contracts[file][name];
      if (!c.abi || c.abi.length === 0) continue; // internal-only libraries
      if (seen[name]) {
        process.stderr.write(`compile.js: contract name ${name} in both ${seen[name]} and ${file}: ` +
          'bindings are named by contract, rename one\n');
        process.exit(1);
      }
      seen[name] = file;
      fs.writeFileSync(path.join(dir, name + '.abi'), JSON.stringify(c.abi, null, 1) + '\n');
      fs.writeFileSync(path.join(dir, name + '.bin'), c.evm.bytecode.object + '\n');
    }
  }
}
process.stdout.write(`compile.js: solc ${solc.version()}, ${files.length} files\n`);
