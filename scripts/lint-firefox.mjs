#!/usr/bin/env node
/**
 * `web-ext lint` on the Firefox MV3 build, stricter than web-ext itself: any error fails, and so
 * does any warning or notice that is not on the list below. Each listed one is explained in the
 * README ("Firefox: web-ext lint"); web-ext has no switch to silence a single rule, so a plain
 * `--warnings-as-errors` would fail on them, and a plain `web-ext lint` would pass new ones.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = path.resolve(process.env.QE_OUTDIR ?? '.output', 'firefox-mv3');

/** Known warnings: code, the file they are in, and why they are acceptable. */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/.*\.js$/,
    why: "Preact's renderer (extension pages only, never the content script) assigns innerHTML for dangerouslySetInnerHTML, which Quick Exit never uses.",
  },
];

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--boring'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}
const messages = [...report.errors, ...report.warnings, ...report.notices];
const explained = (m) => m._type === 'warning' && EXPLAINED.find((e) => e.code === m.code && e.file.test(m.file ?? ''));
let failed = false;
for (const m of messages) {
  const known = explained(m);
  if (!known) failed = true;
  const where = m.file ? ` ${m.file}${m.line ? `:${m.line}:${m.column}` : ''}` : '';
  process.stdout.write(
    `${known ? 'explained' : m._type.toUpperCase()} ${m.code}${where}\n  ${known ? known.why : m.description}\n`,
  );
}
const { errors, warnings, notices } = report.summary;
process.stdout.write(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices\n`);
process.exit(failed ? 1 : 0);
