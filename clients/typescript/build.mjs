// Builds the TypeScript clients generated into GENERATED (one folder per spec) as a consumer would get them:
// each compiled with its own tsconfig files (CommonJS and ES modules) under strict type checking, then packed by
// npm pack into OUT. Then it prepares the client tests: test/*.test.ts copied to GENERATED/../typescript-tests with
// the packed clients installed beside them, and type-checked (strict) against the clients' declarations; the
// tests themselves run against a server from the Java test module (TypeScriptClientsTest).
//
// Usage: node typescript/build.mjs GENERATED OUT
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ts = createRequire(import.meta.url)('typescript');
const [generated, out] = process.argv.slice(2).map((p) => path.resolve(p));
const here = path.dirname(new URL(import.meta.url).pathname);
const npm = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

// The standard library's declarations are parsed once for all the compilations here (they are most of the work).
const parsed = new Map();

function compile(configFile, overrides) {
  const config = ts.getParsedCommandLineOfConfigFile(configFile, overrides, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => fail([d]),
  });
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, language, ...rest) => {
    if (!fileName.includes(`${path.sep}node_modules${path.sep}`)) {
      return getSourceFile(fileName, language, ...rest);
    }
    const key = `${fileName}:${JSON.stringify(language)}`;
    if (!parsed.has(key)) {
      parsed.set(key, getSourceFile(fileName, language, ...rest));
    }
    return parsed.get(key);
  };
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  if (diagnostics.length > 0) {
    fail(diagnostics);
  }
}

function fail(diagnostics) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.exit(1);
}

function npmRun(args, cwd) {
  execFileSync(process.execPath, [npm, ...args], { cwd, stdio: 'inherit' });
}

const clients = readdirSync(generated).sort().map((name) => path.join(generated, name));
for (const client of clients) {
  for (const tsconfig of ['tsconfig.json', 'tsconfig.esm.json']) {
    compile(path.join(client, tsconfig), { strict: true, skipLibCheck: true });
  }
  console.log(`compiled (strict): ${path.relative(process.cwd(), client)}`);
}

mkdirSync(out, { recursive: true });
npmRun(['pack', '--ignore-scripts', '--pack-destination', out, ...clients], process.cwd());
const tarballs = clients.map((client) => {
  const { name, version } = JSON.parse(ts.sys.readFile(path.join(client, 'package.json')));
  return path.join(out, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
});

const tests = path.join(generated, '..', 'typescript-tests');
rmSync(tests, { recursive: true, force: true });
mkdirSync(tests, { recursive: true });
writeFileSync(path.join(tests, 'package.json'), JSON.stringify({ private: true, type: 'module' }, null, 2));
for (const file of readdirSync(path.join(here, 'test'))) {
  copyFileSync(path.join(here, 'test', file), path.join(tests, file));
}
npmRun(['install', '--no-save', '--no-package-lock', '--offline', ...tarballs], tests);
compile(path.join(tests, 'tsconfig.json'), { typeRoots: [path.join(here, '..', 'node_modules', '@types')] });
console.log(`type-checked (strict): the client tests in ${path.relative(process.cwd(), tests)}`);
