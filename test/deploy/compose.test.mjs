// Static checks of the container deployment in docker/: compose.yml, .env.example, haproxy.cfg,
// the Dockerfile and its ignore file. No container engine is needed; `docker compose config`
// (or docker-compose) validates the compose file when a compose binary is installed.
//
// Every check is a function returning a list of problems, so the same function is also run on
// deliberately broken copies below: the checks cannot pass by finding nothing to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const DOCKER_DIR = path.join(REPO_ROOT, 'docker');
const COMPOSE_FILE = path.join(DOCKER_DIR, 'compose.yml');
const ENV_EXAMPLE = path.join(DOCKER_DIR, '.env.example');
const HAPROXY_CFG = path.join(DOCKER_DIR, 'haproxy.cfg');
const DOCKERFILE = path.join(DOCKER_DIR, 'Dockerfile');
const DOCKERIGNORE = path.join(DOCKER_DIR, 'Dockerfile.dockerignore');

const APP_SERVICES = ['app1', 'app2'];
const LB_SERVICE = 'lb';

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/** compose.yml as plain data; `<<` merge keys are resolved as Compose resolves them. */
function loadCompose(text = readFileSync(COMPOSE_FILE, 'utf8')) {
  return YAML.parse(text, { merge: true });
}

/** NAME=value lines of an env file, in order; comments and blank lines are skipped. */
function parseEnvFile(text) {
  const vars = new Map();
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) {
      problems.push(`.env.example line ${i + 1} is not NAME=value: ${raw}`);
      return;
    }
    if (vars.has(m[1])) problems.push(`.env.example lists ${m[1]} twice`);
    vars.set(m[1], m[2]);
  });
  return { vars, problems };
}

// ---------------------------------------------------------------------------------------------
// Variable interpolation, as Compose does it: $$ escapes, ${VAR}, ${VAR:-d}, ${VAR-d},
// ${VAR:?msg}, ${VAR?msg}, ${VAR:+alt}, ${VAR+alt} and bare $VAR.
// ---------------------------------------------------------------------------------------------

const REFERENCE = /\$(?:(\$)|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Every variable reference in one string. */
function referencesIn(str) {
  const refs = [];
  for (const m of str.matchAll(REFERENCE)) {
    if (m[1]) continue; // $$ is a literal $
    if (m[3]) {
      refs.push({ name: m[3], kind: 'bare', text: m[0] });
      continue;
    }
    const inner = m[2];
    const op = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(inner);
    if (!op || inner.includes('$')) {
      refs.push({ name: inner, kind: 'unparsable', text: m[0] });
      continue;
    }
    const [, name, operator, rest = ''] = op;
    const kind = !operator ? 'bare' : operator.endsWith('?') ? 'required' : 'default';
    refs.push({ name, kind, text: m[0], operator, rest });
  }
  return refs;
}

/** Calls `fn` on every string in a parsed YAML value, keys included. */
function walkStrings(value, fn, where = '') {
  if (typeof value === 'string') fn(value, where);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, fn, `${where}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      fn(k, `${where}.${k} (key)`);
      walkStrings(v, fn, where ? `${where}.${k}` : k);
    }
  }
}

/** Substitutes values the way Compose would with the given variables set. */
function interpolate(str, vars) {
  return str.replace(REFERENCE, (whole, dollar, braced, bare) => {
    if (dollar) return '$';
    if (bare) return vars.get(bare) ?? '';
    const ref = referencesIn(whole)[0];
    const value = vars.get(ref.name);
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    switch (ref.operator) {
      case ':-':
        return nonEmpty ? value : ref.rest;
      case '-':
        return set ? value : ref.rest;
      case ':+':
        return nonEmpty ? ref.rest : '';
      case '+':
        return set ? ref.rest : '';
      default:
        return value ?? '';
    }
  });
}

function interpolateAll(value, vars) {
  if (typeof value === 'string') return interpolate(value, vars);
  if (Array.isArray(value)) return value.map((v) => interpolateAll(v, vars));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [interpolate(k, vars), interpolateAll(v, vars)]));
  }
  return value;
}

/**
 * (c) Every reference has a default or is required with a message, and is listed with an example
 * value in .env.example; every variable .env.example lists is used (COMPOSE_* settings are read
 * by Compose itself).
 */
function checkVariables(compose, envVars) {
  const problems = [];
  const used = new Set();
  walkStrings(compose, (str, where) => {
    for (const ref of referencesIn(str)) {
      used.add(ref.name);
      if (ref.kind === 'unparsable') problems.push(`${where}: ${ref.text} is not a reference this check understands`);
      else if (ref.kind === 'bare') problems.push(`${where}: ${ref.text} has no default (\${${ref.name}:-value}) and is not required (\${${ref.name}:?message})`);
      else if (ref.kind === 'required' && ref.rest.trim() === '') problems.push(`${where}: ${ref.text} is required but gives no message`);
      if (!envVars.has(ref.name)) problems.push(`${where}: ${ref.name} is not listed in docker/.env.example`);
      else if (envVars.get(ref.name).trim() === '') problems.push(`docker/.env.example gives ${ref.name} no example value`);
    }
  });
  for (const name of envVars.keys()) {
    if (!used.has(name) && !name.startsWith('COMPOSE_')) problems.push(`docker/.env.example lists ${name}, which compose.yml never uses`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (b) Services, builds, mounts, dependencies, volumes
// ---------------------------------------------------------------------------------------------

function dependsOnNames(service) {
  const d = service.depends_on;
  if (!d) return [];
  return Array.isArray(d) ? d : Object.keys(d);
}

function dependsOnCondition(service, name) {
  const d = service.depends_on;
  if (!d || Array.isArray(d)) return d?.includes(name) ? 'service_started' : undefined;
  return d[name]?.condition ?? 'service_started';
}

/** Normalised volume entries of a service: { type, source, target }. */
function volumesOf(service) {
  return (service.volumes ?? []).map((v) => {
    if (typeof v === 'object') return { type: v.type ?? 'volume', source: v.source, target: v.target };
    const [source, target] = v.split(':');
    if (target === undefined) return { type: 'anonymous', source: undefined, target: source };
    const bind = /^(\.|\/|~)/.test(source);
    return { type: bind ? 'bind' : 'volume', source, target };
  });
}

/** Environment of a service as an object, from either the map or the list form. */
function environmentOf(service) {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? undefined : String(v)]));
  return Object.fromEntries(env.map((e) => [e.split('=')[0], e.includes('=') ? e.slice(e.indexOf('=') + 1) : undefined]));
}

function checkServices(compose, baseDir = DOCKER_DIR) {
  const problems = [];
  const services = compose?.services ?? {};
  const names = Object.keys(services);
  if (names.length === 0) problems.push('compose.yml defines no services');
  const declaredVolumes = new Set(Object.keys(compose?.volumes ?? {}));

  for (const [name, service] of Object.entries(services)) {
    if (!service || typeof service !== 'object') {
      problems.push(`service ${name} is empty`);
      continue;
    }
    if (!service.image && !service.build) problems.push(`service ${name} has neither image nor build`);
    if (service.build) {
      const build = typeof service.build === 'string' ? { context: service.build } : service.build;
      const context = path.resolve(baseDir, build.context ?? '.');
      if (!existsSync(context) || !statSync(context).isDirectory()) problems.push(`service ${name}: build context ${context} is not a folder`);
      const dockerfile = path.resolve(context, build.dockerfile ?? 'Dockerfile');
      if (!existsSync(dockerfile)) problems.push(`service ${name}: Dockerfile ${dockerfile} does not exist`);
    }
    for (const vol of volumesOf(service)) {
      if (vol.type === 'bind') {
        const source = path.resolve(baseDir, vol.source);
        if (!existsSync(source)) problems.push(`service ${name}: bind-mounted ${vol.source} does not exist (${source})`);
      } else if (vol.type === 'volume' && !declaredVolumes.has(vol.source)) {
        problems.push(`service ${name}: named volume ${vol.source} is not declared under volumes:`);
      }
    }
    for (const file of [service.env_file ?? []].flat()) {
      const p = typeof file === 'string' ? file : file.path;
      if (!existsSync(path.resolve(baseDir, p))) problems.push(`service ${name}: env_file ${p} does not exist`);
    }
    for (const dep of dependsOnNames(service)) {
      if (!services[dep]) {
        problems.push(`service ${name} depends on ${dep}, which is not defined`);
        continue;
      }
      if (dependsOnCondition(service, dep) === 'service_healthy' && !services[dep].healthcheck && !services[dep].build) {
        problems.push(`service ${name} waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (d) App wiring: database, Redis, the load balancer and its HAProxy configuration
// ---------------------------------------------------------------------------------------------

function urlOf(value) {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Works on an interpolated compose object (example values substituted). */
function checkAppWiring(compose) {
  const problems = [];
  const services = compose?.services ?? {};
  const apps = APP_SERVICES.filter((n) => services[n]);
  if (apps.length < 2) problems.push(`expected two app services (${APP_SERVICES.join(', ')}), found ${apps.join(', ') || 'none'}`);
  for (const required of ['postgres', 'redis', LB_SERVICE]) if (!services[required]) problems.push(`service ${required} is missing`);

  const images = new Set();
  for (const name of apps) {
    const app = services[name];
    const env = environmentOf(app);
    images.add(app.image);
    const db = urlOf(env.DATABASE_URL ?? '');
    if (!db || !/^postgres(ql)?:$/.test(db.protocol)) problems.push(`${name}: DATABASE_URL is not a postgres:// URL`);
    else if (db.hostname !== 'postgres') problems.push(`${name}: DATABASE_URL points at ${db.hostname}, not the postgres service`);
    const redis = urlOf(env.REDIS_URL ?? '');
    if (!redis || !/^rediss?:$/.test(redis.protocol)) problems.push(`${name}: REDIS_URL is not a redis:// URL`);
    else if (redis.hostname !== 'redis') problems.push(`${name}: REDIS_URL points at ${redis.hostname}, not the redis service`);
    if (env.TRUST_PROXY !== 'true') problems.push(`${name}: TRUST_PROXY must be true behind the load balancer`);
    for (const v of ['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'COOKIE_SECURE']) if (env[v] === undefined) problems.push(`${name}: ${v} is not set`);
    if (env.ADMIN_PASSWORD !== undefined && env.ADMIN_PASSWORD.length < 10) problems.push(`${name}: ADMIN_PASSWORD example is shorter than 10 characters`);
    for (const dep of ['postgres', 'redis']) {
      if (dependsOnCondition(app, dep) !== 'service_healthy') problems.push(`${name} does not wait for ${dep} to be healthy`);
    }
    if (!app.build) problems.push(`${name} has no build`);
    if (app.ports) problems.push(`${name} publishes ports; only ${LB_SERVICE} should`);
  }
  if (apps.length >= 2 && images.size !== 1) problems.push(`the app services should run one image name, found ${[...images].join(', ')}`);

  for (const dep of ['postgres', 'redis']) if (services[dep] && !services[dep].healthcheck) problems.push(`${dep} has no healthcheck`);
  const pgTest = JSON.stringify(services.postgres?.healthcheck?.test ?? '');
  if (services.postgres && !pgTest.includes('pg_isready')) problems.push('the postgres healthcheck does not use pg_isready');
  if (services.postgres && !volumesOf(services.postgres).some((v) => v.type === 'volume' && v.target === '/var/lib/postgresql/data')) {
    problems.push('postgres keeps its data in no named volume');
  }

  const lb = services[LB_SERVICE];
  if (lb) {
    for (const app of apps) if (!dependsOnNames(lb).includes(app)) problems.push(`${LB_SERVICE} does not depend on ${app}`);
    const ports = (lb.ports ?? []).map(String);
    if (!ports.some((p) => /:80$/.test(p))) problems.push(`${LB_SERVICE} publishes no port to its container port 80 (got ${ports.join(', ') || 'none'})`);
    const cfgMount = volumesOf(lb).find((v) => v.type === 'bind' && path.basename(v.source ?? '') === 'haproxy.cfg');
    if (!cfgMount) problems.push(`${LB_SERVICE} does not mount haproxy.cfg`);
    else if (!/:ro$/.test((lb.volumes ?? []).find((v) => typeof v === 'string' && v.includes('haproxy.cfg')) ?? '')) {
      problems.push(`${LB_SERVICE} mounts haproxy.cfg writable; mount it :ro`);
    }
  }
  return problems;
}

/** HAProxy configuration as sections: [{ kind, name, lines: [[keyword, ...args]] }]. */
function parseHaproxy(text) {
  const sections = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    const words = line.trim().split(/\s+/);
    if (!/^\s/.test(line)) sections.push({ kind: words[0], name: words[1] ?? '', lines: [] });
    else if (sections.length > 0) sections.at(-1).lines.push(words);
  }
  return sections;
}

/**
 * The balancer: an HTTP frontend on :80 routes to a backend that lists every app service on its
 * port with a sticky cookie, checks /healthz, and keeps upgraded (WebSocket) connections open.
 */
function checkHaproxy(text, appPorts) {
  const problems = [];
  const sections = parseHaproxy(text);
  const frontends = sections.filter((s) => s.kind === 'frontend' || s.kind === 'listen');
  const defaults = sections.filter((s) => s.kind === 'defaults');
  const frontend = frontends.find((s) => s.lines.some(([k, addr]) => k === 'bind' && /:80$/.test(addr ?? '')));
  if (!frontend) {
    problems.push('haproxy.cfg has no frontend bound to :80');
    return problems;
  }
  const backendName = frontend.kind === 'listen' ? frontend.name : frontend.lines.find(([k]) => k === 'default_backend')?.[1];
  const backend = frontend.kind === 'listen' ? frontend : sections.find((s) => s.kind === 'backend' && s.name === backendName);
  if (!backend) {
    problems.push(`haproxy.cfg: the :80 frontend routes to no defined backend (${backendName ?? 'none'})`);
    return problems;
  }
  const modes = [...defaults, frontend, backend].flatMap((s) => s.lines.filter(([k]) => k === 'mode').map(([, m]) => m));
  if (modes.at(-1) !== 'http') problems.push('haproxy.cfg: the balancer is not in HTTP mode');

  const cookie = backend.lines.find(([k]) => k === 'cookie');
  if (!cookie || !cookie.includes('insert')) problems.push(`haproxy.cfg: backend ${backend.name} inserts no sticky cookie (cookie NAME insert ...)`);

  const defaultServer = backend.lines.filter(([k]) => k === 'default-server').flat();
  const servers = backend.lines.filter(([k]) => k === 'server');
  const cookieValues = new Set();
  for (const [app, port] of Object.entries(appPorts)) {
    const server = servers.find(([, , addr]) => (addr ?? '').split(':')[0] === app);
    if (!server) {
      problems.push(`haproxy.cfg: backend ${backend.name} does not list ${app}`);
      continue;
    }
    const [, label, addr, ...opts] = server;
    if (addr.split(':')[1] !== String(port)) problems.push(`haproxy.cfg: server ${label} uses port ${addr.split(':')[1]}, ${app} listens on ${port}`);
    const c = opts.indexOf('cookie');
    if (c === -1 || !opts[c + 1]) problems.push(`haproxy.cfg: server ${label} has no cookie value, so it cannot be sticky`);
    else if (cookieValues.has(opts[c + 1])) problems.push(`haproxy.cfg: cookie value ${opts[c + 1]} is used twice`);
    else cookieValues.add(opts[c + 1]);
    if (!opts.includes('check') && !defaultServer.includes('check')) problems.push(`haproxy.cfg: server ${label} is not health-checked`);
  }
  const healthz = backend.lines.some((l) => (l[0] === 'option' && l[1] === 'httpchk' && l.includes('/healthz')) || (l[0] === 'http-check' && l.includes('/healthz')));
  if (!backend.lines.some(([k, v]) => k === 'option' && v === 'httpchk') || !healthz) problems.push(`haproxy.cfg: backend ${backend.name} does not check /healthz`);
  const tunnel = [...defaults, frontend, backend].some((s) => s.lines.some(([k, v]) => k === 'timeout' && v === 'tunnel'));
  if (!tunnel) problems.push('haproxy.cfg: no `timeout tunnel`, so WebSocket connections close at the server timeout');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (f) Dockerfile
// ---------------------------------------------------------------------------------------------

/** Instructions with continuation lines joined: [{ op, args, line }]. Comments are dropped. */
function parseDockerfile(text) {
  const out = [];
  let buf = '';
  let start = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (buf === '' && (line === '' || line.startsWith('#'))) return;
    if (buf !== '' && line.startsWith('#')) return;
    if (buf === '') start = i + 1;
    if (line.endsWith('\\')) {
      buf += `${line.slice(0, -1)} `;
      return;
    }
    buf += line;
    const m = /^(\S+)\s*([\s\S]*)$/.exec(buf);
    out.push({ op: m[1].toUpperCase(), args: m[2], line: start });
    buf = '';
  });
  return out;
}

/** COPY/ADD arguments: { flags, sources, dest }. */
function copyArgs(args) {
  const flags = {};
  let rest = args.trim();
  while (rest.startsWith('--')) {
    const m = /^--([a-z-]+)(?:=(\S+))?\s*/.exec(rest);
    flags[m[1]] = m[2] ?? true;
    rest = rest.slice(m[0].length);
  }
  const parts = rest.startsWith('[') ? JSON.parse(rest) : rest.split(/\s+/);
  return { flags, sources: parts.slice(0, -1), dest: parts.at(-1) };
}

/** Workspace package folders from pnpm-workspace.yaml (plain paths and `dir/*`). */
function workspacePackages() {
  const ws = YAML.parse(readFileSync(path.join(REPO_ROOT, 'pnpm-workspace.yaml'), 'utf8'));
  const dirs = [];
  for (const pattern of ws.packages ?? []) {
    if (pattern.endsWith('/*')) {
      const parent = pattern.slice(0, -2);
      for (const entry of readdirSync(path.join(REPO_ROOT, parent), { withFileTypes: true })) {
        if (entry.isDirectory() && existsSync(path.join(REPO_ROOT, parent, entry.name, 'package.json'))) dirs.push(`${parent}/${entry.name}`);
      }
    } else if (existsSync(path.join(REPO_ROOT, pattern, 'package.json'))) dirs.push(pattern);
  }
  return dirs;
}

function checkDockerfile(text, { repoRoot = REPO_ROOT, packages = workspacePackages() } = {}) {
  const problems = [];
  const instructions = parseDockerfile(text);
  const fromIdx = instructions.map((ins, i) => (ins.op === 'FROM' ? i : -1)).filter((i) => i >= 0);
  if (fromIdx.length < 2) problems.push(`the Dockerfile is not multi-stage (${fromIdx.length} FROM)`);
  if (fromIdx.length === 0) return problems;

  const stageNames = new Set(instructions.filter((i) => i.op === 'FROM').map((i) => /\bAS\s+(\S+)/i.exec(i.args)?.[1]).filter(Boolean));
  const final = instructions.slice(fromIdx.at(-1));

  // Every COPY/ADD from the build context names a path that exists in the repository.
  for (const ins of instructions.filter((i) => i.op === 'COPY' || i.op === 'ADD')) {
    const { flags, sources } = copyArgs(ins.args);
    if (flags.from) {
      if (!stageNames.has(flags.from) && !flags.from.includes(':') && !flags.from.includes('/')) problems.push(`line ${ins.line}: COPY --from=${flags.from} names no stage`);
      continue;
    }
    for (const src of sources) {
      if (/^https?:\/\//.test(src) || src.includes('$')) continue;
      if (!existsSync(path.resolve(repoRoot, src))) problems.push(`line ${ins.line}: ${ins.op} source ${src} does not exist in the repository`);
    }
  }

  // Manifests are copied before the install, for layer caching and a complete workspace.
  const installAt = instructions.findIndex((i) => i.op === 'RUN' && /\binstall\b/.test(i.args) && /--frozen-lockfile/.test(i.args));
  if (installAt === -1) problems.push('no RUN ... install --frozen-lockfile');
  else {
    const early = instructions.slice(0, installAt).filter((i) => i.op === 'COPY').flatMap((i) => copyArgs(i.args).sources.map((s) => path.normalize(s)));
    for (const f of ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', ...packages.map((p) => `${p}/package.json`)]) {
      if (!early.includes(path.normalize(f))) problems.push(`${f} is not copied before the install`);
    }
    if (early.some((s) => s === '.' || s === './')) problems.push('the whole context is copied before the install, so every change reinstalls');
  }
  if (!instructions.some((i) => i.op === 'RUN' && /\bbuild\b/.test(i.args))) problems.push('no RUN builds the workspace');
  if (!instructions.some((i) => i.op === 'RUN' && /\bdeploy\b/.test(i.args) && /--prod\b/.test(i.args))) problems.push('no pruned production deploy (pnpm deploy --prod)');

  // Final stage: non-root user, health check, client files where CLIENT_DIST says, command.
  const users = final.filter((i) => i.op === 'USER');
  const user = users.at(-1)?.args.trim().split(':')[0];
  if (!user) problems.push('the final stage sets no USER, so it runs as root');
  else if (user === 'root' || user === '0') problems.push(`the final stage runs as ${user}`);
  const hc = final.find((i) => i.op === 'HEALTHCHECK');
  if (!hc || /^NONE\b/i.test(hc.args.trim())) problems.push('the final stage has no HEALTHCHECK');
  else if (!hc.args.includes('/healthz')) problems.push('the HEALTHCHECK does not call /healthz');
  if (!final.some((i) => i.op === 'EXPOSE' && /\b3000\b/.test(i.args))) problems.push('the final stage does not EXPOSE 3000');
  const env = Object.fromEntries(
    final.filter((i) => i.op === 'ENV').flatMap((i) => [...i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)].map((m) => [m[1], m[2].replace(/^"|"$/g, '')])),
  );
  if (env.NODE_ENV !== 'production') problems.push('the final stage does not set NODE_ENV=production');
  const workdir = final.filter((i) => i.op === 'WORKDIR').at(-1)?.args.trim() ?? '/';
  const clientCopy = final.find((i) => i.op === 'COPY' && copyArgs(i.args).sources.some((s) => /client\/dist\/?$/.test(s)));
  if (!clientCopy) problems.push('the final stage does not copy client/dist');
  else {
    const dest = path.posix.resolve(workdir, copyArgs(clientCopy.args).dest);
    if (!env.CLIENT_DIST) problems.push('the final stage does not set CLIENT_DIST');
    else if (path.posix.resolve(workdir, env.CLIENT_DIST) !== dest) problems.push(`CLIENT_DIST=${env.CLIENT_DIST} but client/dist is copied to ${dest}`);
  }
  const cmd = final.filter((i) => i.op === 'CMD' || i.op === 'ENTRYPOINT').at(-1);
  if (!cmd) problems.push('the final stage has no CMD');
  else {
    const argv = cmd.args.trim().startsWith('[') ? JSON.parse(cmd.args) : cmd.args.trim().split(/\s+/);
    const script = argv.find((a) => a.endsWith('.js'));
    const copiedTo = final.filter((i) => i.op === 'COPY').map((i) => path.posix.resolve(workdir, copyArgs(i.args).dest));
    if (argv[0] !== 'node' || !script) problems.push(`the CMD does not run a script with node (${cmd.args})`);
    else if (!copiedTo.some((d) => path.posix.resolve(workdir, script).startsWith(`${d.replace(/\/$/, '')}/`))) {
      problems.push(`the CMD runs ${script}, which no COPY of the final stage provides`);
    }
  }
  return problems;
}

function checkDockerignore(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return ['node_modules', 'dist', '.data', '.git', '.env']
    .filter((word) => !lines.some((l) => l.replace(/^\*\*\//, '').replace(/\/$/, '') === word))
    .map((word) => `Dockerfile.dockerignore does not exclude ${word}`);
}

// ---------------------------------------------------------------------------------------------
// Compose binary
// ---------------------------------------------------------------------------------------------

function findCompose() {
  const v2 = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (!v2.error && v2.status === 0) return { cmd: 'docker', pre: ['compose'], version: v2.stdout.trim() };
  const v1 = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
  if (!v1.error && v1.status === 0) return { cmd: 'docker-compose', pre: [], version: `docker-compose ${v1.stdout.trim()}` };
  return null;
}

/** The environment for compose, less every variable the compose file reads (no shell overrides). */
function composeEnv(names) {
  const env = { ...process.env };
  for (const n of names) delete env[n];
  for (const n of Object.keys(env)) if (n.startsWith('COMPOSE_')) delete env[n];
  return env;
}

function runComposeConfig(compose, envFile, names) {
  return spawnSync(compose.cmd, [...compose.pre, '--env-file', envFile, '-f', 'docker/compose.yml', 'config', '-q'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: composeEnv(names),
    timeout: 60_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

const composeText = readFileSync(COMPOSE_FILE, 'utf8');
const compose = loadCompose(composeText);
const envExample = parseEnvFile(readFileSync(ENV_EXAMPLE, 'utf8'));
const resolved = interpolateAll(compose, envExample.vars);
const appPorts = Object.fromEntries(APP_SERVICES.map((n) => [n, environmentOf(resolved.services?.[n] ?? {}).PORT ?? '3000']));

test('(a) compose.yml parses and defines the expected services', () => {
  assert.equal(typeof compose, 'object');
  assert.deepEqual(Object.keys(compose.services).sort(), [...APP_SERVICES, LB_SERVICE, 'postgres', 'redis'].sort());
});

test('(b) every service has an image or build; builds, mounts, dependencies and volumes exist', () => {
  assert.deepEqual(checkServices(resolved), []);
});

test('(c) every ${VAR} has a default or a required message, and .env.example lists exactly those', () => {
  assert.deepEqual(envExample.problems, []);
  assert.deepEqual(checkVariables(compose, envExample.vars), []);
  for (const secret of ['POSTGRES_PASSWORD', 'ADMIN_PASSWORD']) {
    const refs = [];
    walkStrings(compose, (s) => refs.push(...referencesIn(s).filter((r) => r.name === secret)));
    assert.ok(refs.length > 0, `${secret} is used`);
    assert.ok(refs.every((r) => r.kind === 'required'), `${secret} has no default value in compose.yml`);
  }
  // No password is written into compose.yml: every *PASSWORD* setting is a required reference.
  for (const [name, service] of Object.entries(compose.services)) {
    for (const [key, value] of Object.entries(environmentOf(service))) {
      if (/PASSWORD/.test(key)) assert.match(value ?? '', /^\$\{[A-Z_]+:\?[^}]+\}$/, `${name}.${key} is not a required \${VAR:?message}`);
    }
  }
});

test('(d) the apps use the postgres and redis services and sit behind the sticky HAProxy', () => {
  assert.deepEqual(checkAppWiring(resolved), []);
  assert.deepEqual(checkHaproxy(readFileSync(HAPROXY_CFG, 'utf8'), appPorts), []);
});

test('(d) haproxy -c accepts haproxy.cfg, where HAProxy is installed', (t) => {
  const probe = spawnSync('haproxy', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    t.skip('haproxy is not installed here; haproxy.cfg was checked by the parser above only');
    return;
  }
  // The app hosts resolve only on the compose network; init-addr none lets the check pass without them.
  const r = spawnSync('haproxy', ['-c', '-f', HAPROXY_CFG], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, `haproxy -c failed:\n${r.stdout}${r.stderr}`);
});

test('(e) compose config -q accepts compose.yml with .env.example, and rejects a missing secret', (t) => {
  const bin = findCompose();
  if (!bin) {
    const message = 'NO COMPOSE BINARY: neither `docker compose` nor `docker-compose` is installed, so compose.yml was not validated by Compose (apt-get install docker-compose)';
    if (process.env.CI) assert.fail(message);
    process.stderr.write(`\n!!! ${message} !!!\n\n`);
    t.skip(message);
    return;
  }
  t.diagnostic(`using ${bin.version}`);
  const names = [...envExample.vars.keys()];
  const ok = runComposeConfig(bin, 'docker/.env.example', names);
  assert.equal(ok.error, undefined, String(ok.error));
  assert.equal(ok.status, 0, `${bin.cmd} config failed:\n${ok.stdout}${ok.stderr}`);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'townsquare-compose-'));
  try {
    const withoutSecret = path.join(dir, 'no-secret.env');
    writeFileSync(withoutSecret, [...envExample.vars].filter(([k]) => k !== 'POSTGRES_PASSWORD').map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
    const bad = runComposeConfig(bin, withoutSecret, names);
    assert.notEqual(bad.status, 0, 'compose accepted an env file without POSTGRES_PASSWORD');
    assert.match(`${bad.stdout}${bad.stderr}`, /POSTGRES_PASSWORD/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('(f) the Dockerfile is multi-stage, non-root, health-checked, ships the client and copies existing paths', () => {
  assert.deepEqual(checkDockerfile(readFileSync(DOCKERFILE, 'utf8')), []);
  assert.ok(existsSync(DOCKERIGNORE), 'docker/Dockerfile.dockerignore exists');
  assert.deepEqual(checkDockerignore(readFileSync(DOCKERIGNORE, 'utf8')), []);
});

test('negative: the same checks reject broken copies', () => {
  const vars = envExample.vars;
  const mutated = (fn) => {
    const copy = loadCompose(composeText);
    fn(copy);
    return copy;
  };

  // A service with neither image nor build.
  const noImage = mutated((c) => {
    delete c.services.app2.image;
    delete c.services.app2.build;
  });
  assert.ok(checkServices(interpolateAll(noImage, vars)).some((p) => p.includes('app2 has neither image nor build')));
  const noRedisImage = mutated((c) => delete c.services.redis.image);
  assert.ok(checkServices(interpolateAll(noRedisImage, vars)).some((p) => p.includes('redis has neither image nor build')));

  // Undefined variables: without a default, and not listed in .env.example.
  const undefinedVar = mutated((c) => (c.services.app1.environment = { ...c.services.app1.environment, EXTRA: '${TOWNSQUARE_UNDEFINED_SETTING}' }));
  const varProblems = checkVariables(undefinedVar, vars);
  assert.ok(varProblems.some((p) => p.includes('${TOWNSQUARE_UNDEFINED_SETTING} has no default')));
  assert.ok(varProblems.some((p) => p.includes('TOWNSQUARE_UNDEFINED_SETTING is not listed')));
  const bareVar = mutated((c) => (c.services.redis.command = ['redis-server', '--port', '$REDIS_PORT']));
  assert.ok(checkVariables(bareVar, vars).some((p) => p.includes('$REDIS_PORT has no default')));
  assert.deepEqual(checkVariables(mutated((c) => (c.services.redis.command = ['sh', '-c', 'echo $$HOME'])), vars), []);
  const unused = new Map([...vars, ['NEVER_USED', 'x']]);
  assert.ok(checkVariables(compose, unused).some((p) => p.includes('NEVER_USED, which compose.yml never uses')));

  // Dangling references.
  const badDep = mutated((c) => (c.services.lb.depends_on.app3 = { condition: 'service_started' }));
  assert.ok(checkServices(interpolateAll(badDep, vars)).some((p) => p.includes('depends on app3')));
  const badVolume = mutated((c) => (c.volumes = {}));
  assert.ok(checkServices(interpolateAll(badVolume, vars)).some((p) => p.includes('named volume pgdata')));
  const badMount = mutated((c) => (c.services.lb.volumes = ['./missing-haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro']));
  assert.ok(checkServices(interpolateAll(badMount, vars)).some((p) => p.includes('missing-haproxy.cfg does not exist')));
  const badContext = mutated((c) => (c.services.app1.build = { context: '..', dockerfile: 'docker/Nope.Dockerfile' }));
  assert.ok(checkServices(interpolateAll(badContext, vars)).some((p) => p.includes('Nope.Dockerfile does not exist')));

  // Wiring: a database on another host, one app only.
  const wrongDb = mutated((c) => (c.services.app1.environment = { ...c.services.app1.environment, DATABASE_URL: 'postgres://u:p@localhost:5432/db' }));
  assert.ok(checkAppWiring(interpolateAll(wrongDb, vars)).some((p) => p.includes('app1: DATABASE_URL points at localhost')));
  const oneApp = mutated((c) => delete c.services.app2);
  assert.ok(checkAppWiring(interpolateAll(oneApp, vars)).some((p) => p.includes('expected two app services')));

  // HAProxy without stickiness, without an app, without health checks.
  const cfg = readFileSync(HAPROXY_CFG, 'utf8');
  assert.ok(checkHaproxy(cfg.replace(/^\s*cookie .*$/m, ''), appPorts).some((p) => p.includes('no sticky cookie')));
  assert.ok(checkHaproxy(cfg.replace(/^\s*server app2 .*$/m, ''), appPorts).some((p) => p.includes('does not list app2')));
  assert.ok(checkHaproxy(cfg.replace(/ cookie app2$/m, ''), appPorts).some((p) => p.includes('server app2 has no cookie value')));
  assert.ok(checkHaproxy(cfg.replace(/^\s*option httpchk$/m, ''), appPorts).some((p) => p.includes('does not check /healthz')));
  assert.ok(checkHaproxy(cfg.replace(/^\s*timeout tunnel .*$/m, ''), appPorts).some((p) => p.includes('timeout tunnel')));

  // Dockerfile: single stage, root, no health check, a COPY of a missing path, no client files.
  const df = readFileSync(DOCKERFILE, 'utf8');
  assert.ok(checkDockerfile(df.replace(/^FROM .* AS runtime$/m, '')).some((p) => p.includes('not multi-stage')));
  assert.ok(checkDockerfile(df.replace(/^USER .*$/m, '')).some((p) => p.includes('sets no USER')));
  assert.ok(checkDockerfile(df.replace(/^USER .*$/m, 'USER root')).some((p) => p.includes('runs as root')));
  assert.ok(checkDockerfile(df.replace(/^HEALTHCHECK[\s\S]*?\n\n/m, '\n')).some((p) => p.includes('no HEALTHCHECK')));
  assert.ok(checkDockerfile(df.replace('COPY server/package.json server/', 'COPY servr/package.json server/')).some((p) => p.includes('servr/package.json does not exist')));
  assert.ok(checkDockerfile(df.replace('COPY server/package.json server/', '')).some((p) => p.includes('server/package.json is not copied before the install')));
  assert.ok(checkDockerfile(df.replace(/^COPY --from=build \/src\/client\/dist .*$/m, '')).some((p) => p.includes('does not copy client/dist')));
  assert.ok(checkDockerfile(df.replace(/CLIENT_DIST=\S+/, 'CLIENT_DIST=/elsewhere')).some((p) => p.includes('CLIENT_DIST=/elsewhere')));
  assert.ok(checkDockerignore('dist\n.git\n').some((p) => p.includes('node_modules')));
});
