// compile.js: compiles the generated step verifiers (contracts/src/verifiers)
// with the solc pinned in contracts/package.json and the settings of
// contracts/compile.js, and writes their creation bytecode and ABI to
// circuit/e2e/testdata, so that the end-to-end test does not depend on the
// bindings being regenerated. Run by circuit/e2e/generate.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const contracts = path.join(__dirname, '..', '..', 'contracts');
const solc = require(path.join(contracts, 'node_modules', 'solc'));

const sources = {};
const vdir = path.join(contracts, 'src', 'verifiers');
for (const f of fs.readdirSync(vdir).filter((f) => f.endsWith('.sol')).sort()) {
  sources['src/verifiers/' + f] = { content: fs.readFileSync(path.join(vdir, f), 'utf8') };
}
sources['src/IStepVerifier.sol'] = { content: fs.readFileSync(path.join(contracts, 'src', 'IStepVerifier.sol'), 'utf8') };

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
const output = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') { failed = true; process.stderr.write(e.formattedMessage || e.message); }
}
if (failed) process.exit(1);
const out = path.join(__dirname, 'testdata');
for (const [file, cs] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(cs)) {
    if (!/^StepVerifierClass\d+$/.test(name)) continue;
    fs.writeFileSync(path.join(out, name + '.bin'), c.evm.bytecode.object + '\n');
    fs.writeFileSync(path.join(out, name + '.abi'), JSON.stringify(c.abi) + '\n');
  }
}
