// Fails when the generated files (src/lib/generated/graphql.ts for member pages,
// src/admin/generated/graphql.ts for the staff panel) are not what codegen makes from the committed
// schema and the .graphql documents today. Generates into a temporary directory and compares;
// changes nothing.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const clientDir = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(clientDir, 'package.json'));
const cliPackage = require.resolve('@graphql-codegen/cli/package.json');
const cliBin = path.join(path.dirname(cliPackage), require(cliPackage).bin['graphql-codegen']);
const OUTPUTS = ['lib/generated/graphql.ts', 'admin/generated/graphql.ts'];
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'townsquare-codegen-'));

try {
  const run = spawnSync(process.execPath, [cliBin, '--config', 'codegen.ts', '--silent'], {
    cwd: clientDir,
    env: { ...process.env, CODEGEN_ROOT: tempDir },
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('codegen:check: graphql-codegen failed (see above).');
    process.exit(run.status ?? 1);
  }
  for (const output of OUTPUTS) {
    const committed = path.join(clientDir, 'src', output);
    const name = path.relative(clientDir, committed);
    if (!existsSync(committed)) {
      console.error(`codegen:check: ${name} is missing. Run \`pnpm --filter @townsquare/client run codegen\` and commit it.`);
      process.exit(1);
    }
    const expected = readFileSync(path.join(tempDir, output), 'utf8');
    const actual = readFileSync(committed, 'utf8');
    if (expected !== actual) {
      const a = actual.split('\n');
      const e = expected.split('\n');
      let line = 0;
      while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
      console.error(
        `codegen:check: ${name} is out of date with server/schema.graphql or the .graphql documents.\n` +
          `  first difference at line ${line + 1}:\n` +
          `    committed: ${JSON.stringify((a[line] ?? '<end of file>').slice(0, 160))}\n` +
          `    generated: ${JSON.stringify((e[line] ?? '<end of file>').slice(0, 160))}\n` +
          'Run `pnpm --filter @townsquare/client run codegen` and commit the result.',
      );
      process.exit(1);
    }
  }
  console.log('codegen:check: the generated GraphQL types are up to date.');
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
