// `npm start`: install the workspace, build it, and run the server, doing each step only when its
// inputs changed since it last succeeded, so a start with nothing changed goes straight to the server.
//
//   node scripts/start.mjs                 install if needed, build what is stale, run the server
//   node scripts/start.mjs --install-only  only the install step (`npm run setup`)
//   node scripts/start.mjs --build-only    install if needed and build what is stale (`pnpm run build`)
//
// Install: skipped while a hash of pnpm-lock.yaml, pnpm-workspace.yaml, .npmrc and the dependency
// fields of every workspace package.json equals the one stored in node_modules/.townsquare-install-stamp
// by the last successful install (a new clone or a deleted node_modules has no stamp).
// Build: each workspace package with a build script is skipped while the fingerprint of its files
// (path, size and modification time of each, outside node_modules, dist and dot-folders), of the
// install and of the workspace packages it depends on equals its stamp in node_modules/.townsquare-build/,
// and its build output exists. Touching, adding or deleting a source file rebuilds that package and
// the packages that depend on it, nothing else.
//
// Plain Node.js, no dependencies: it runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The pnpm the whole repository uses (package.json scripts, docker/Dockerfile). */
const PNPM = 'pnpm@12.21.0';
const INSTALL_STAMP = path.join(ROOT, 'node_modules', '.townsquare-install-stamp');
const BUILD_STAMPS = path.join(ROOT, 'node_modules', '.townsquare-build');
/** What a package's build writes (or a test leaves behind): never an input of that build. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-results']);
const SKIP_FILE = /\.(tsbuildinfo|log)$/;

const mode = process.argv.includes('--install-only') ? 'install' : process.argv.includes('--build-only') ? 'build' : 'start';

function say(message) {
  console.log(`start: ${message}`);
}

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function readStamp(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Workspace package folders from pnpm-workspace.yaml's `packages:` list (plain paths and `dir/*`). */
function workspaceDirs() {
  const lines = readFileSync(path.join(ROOT, 'pnpm-workspace.yaml'), 'utf8').split(/\r?\n/);
  const dirs = [];
  let inPackages = false;
  for (const line of lines) {
    if (/^packages:\s*$/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    const item = line.match(/^\s+-\s+['"]?([^'"#\s]+)['"]?/);
    if (item) {
      const pattern = item[1];
      if (pattern.endsWith('/*')) {
        const parent = pattern.slice(0, -2);
        for (const entry of readdirSync(path.join(ROOT, parent), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
          if (entry.isDirectory() && existsSync(path.join(ROOT, parent, entry.name, 'package.json'))) dirs.push(`${parent}/${entry.name}`);
        }
      } else if (existsSync(path.join(ROOT, pattern, 'package.json'))) {
        dirs.push(pattern);
      }
    } else if (/^\S/.test(line)) {
      break;
    }
  }
  return dirs;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// ---------------------------------------------------------------------------------------------
// install
// ---------------------------------------------------------------------------------------------

function installHash(packages) {
  const hash = createHash('sha256');
  hash.update(`${PNPM}\n${process.platform}-${process.arch}-${process.versions.modules}\n`);
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc']) {
    const full = path.join(ROOT, file);
    hash.update(`${file}\n${existsSync(full) ? readFileSync(full, 'utf8') : ''}\n`);
  }
  for (const pkg of [{ dir: '.', manifest: readJson(path.join(ROOT, 'package.json')) }, ...packages]) {
    const { dependencies, devDependencies, optionalDependencies, peerDependencies, pnpm, packageManager } = pkg.manifest;
    hash.update(`${pkg.dir}\n${JSON.stringify({ dependencies, devDependencies, optionalDependencies, peerDependencies, pnpm, packageManager })}\n`);
  }
  return hash.digest('hex');
}

function ensureInstalled(packages) {
  const wanted = installHash(packages);
  if (readStamp(INSTALL_STAMP) === wanted && existsSync(path.join(ROOT, 'node_modules', '.modules.yaml'))) {
    say('dependencies unchanged since the last install: install skipped');
    return wanted;
  }
  say('installing dependencies (pnpm-lock.yaml, a package.json or node_modules changed)');
  const status = run('npx', ['-y', PNPM, 'install', '--frozen-lockfile']);
  if (status !== 0) {
    console.error('start: pnpm install failed (see above)');
    process.exit(status);
  }
  writeFileSync(INSTALL_STAMP, `${wanted}\n`);
  return wanted;
}

// ---------------------------------------------------------------------------------------------
// build
// ---------------------------------------------------------------------------------------------

/** Path, size and modification time of every input file of a package, hashed. */
function sourceFingerprint(dir) {
  const entries = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(ROOT, dir, rel), { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(childRel);
      } else if (entry.isFile() && !SKIP_FILE.test(entry.name)) {
        const st = statSync(path.join(ROOT, dir, childRel));
        entries.push(`${childRel}\0${st.size}\0${st.mtimeMs}`);
      }
    }
  };
  walk('');
  return sha256(entries.sort().join('\n'));
}

/** The file a package's build must have produced: its `main`, or dist/main.js, or dist/index.html. */
function buildOutput(pkg) {
  if (pkg.manifest.main) return path.join(ROOT, pkg.dir, pkg.manifest.main);
  for (const candidate of ['dist/main.js', 'dist/index.html', 'dist/index.js']) {
    if (existsSync(path.join(ROOT, pkg.dir, candidate))) return path.join(ROOT, pkg.dir, candidate);
  }
  return path.join(ROOT, pkg.dir, 'dist');
}

/** Workspace packages with a build script, dependencies before their dependents. */
function buildOrder(packages) {
  const byName = new Map(packages.map((p) => [p.manifest.name, p]));
  const ordered = [];
  const seen = new Set();
  const visit = (pkg) => {
    if (seen.has(pkg.manifest.name)) return;
    seen.add(pkg.manifest.name);
    for (const dep of pkg.workspaceDeps) visit(byName.get(dep));
    ordered.push(pkg);
  };
  for (const pkg of packages) visit(pkg);
  return ordered.filter((p) => p.manifest.scripts?.build);
}

function stampFile(pkg) {
  return path.join(BUILD_STAMPS, `${pkg.manifest.name.replace(/[@/]/g, '_')}.stamp`);
}

function ensureBuilt(packages, installed) {
  const baseConfig = existsSync(path.join(ROOT, 'tsconfig.base.json')) ? readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8') : '';
  const fingerprints = new Map();
  const stale = [];
  for (const pkg of buildOrder(packages)) {
    const depPrints = pkg.workspaceDeps.map((d) => `${d}=${fingerprints.get(d) ?? ''}`).join('\n');
    const print = sha256(`${installed}\n${sha256(baseConfig)}\n${sourceFingerprint(pkg.dir)}\n${depPrints}`);
    fingerprints.set(pkg.manifest.name, print);
    if (readStamp(stampFile(pkg)) === print && existsSync(buildOutput(pkg))) {
      say(`${pkg.manifest.name} unchanged since its last build: build skipped`);
    } else {
      stale.push(pkg);
    }
  }
  if (stale.length === 0) return;
  say(`building ${stale.map((p) => p.manifest.name).join(', ')}`);
  mkdirSync(BUILD_STAMPS, { recursive: true });
  for (const pkg of stale) {
    const started = Date.now();
    const status = run('npx', ['-y', PNPM, '--filter', pkg.manifest.name, 'run', 'build']);
    if (status !== 0) {
      console.error(`start: building ${pkg.manifest.name} failed (see above)`);
      process.exit(status);
    }
    writeFileSync(stampFile(pkg), `${fingerprints.get(pkg.manifest.name)}\n`);
    say(`built ${pkg.manifest.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

// ---------------------------------------------------------------------------------------------
// server
// ---------------------------------------------------------------------------------------------

function startServer() {
  const heap = process.env.TOWNSQUARE_HEAP_MIB || '192';
  say('starting the server');
  const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, path.join(ROOT, 'server', 'dist', 'main.js')], { cwd: ROOT, stdio: 'inherit' });
  // Ctrl-C reaches the whole process group, the server included; a signal sent to this process
  // alone (a process manager, a test) is passed on. The server shuts down once either way.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const packages = workspaceDirs().map((dir) => {
  const manifest = readJson(path.join(ROOT, dir, 'package.json'));
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };
  return { dir, manifest, workspaceDeps: Object.keys(deps).filter((name) => String(deps[name]).startsWith('workspace:')) };
});
const names = new Set(packages.map((p) => p.manifest.name));
for (const pkg of packages) pkg.workspaceDeps = pkg.workspaceDeps.filter((d) => names.has(d));

const installed = ensureInstalled(packages);
if (mode !== 'install') ensureBuilt(packages, installed);
if (mode === 'start') startServer();
