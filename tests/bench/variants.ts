import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Builds of Quick Exit with a proposed change applied, so that `npm run bench` measures a change
 * before anyone makes it ("ideas to measure, not to assume", issue #15). The sources are copied to
 * a temporary folder (node_modules linked), patched by exact text replacement and built with WXT
 * into that folder. A patch whose text is no longer in the source (the code moved on) is reported
 * and the variant skipped: nothing is measured that was not built.
 *
 * - `no-keep-awake`: without features/keep-awake.ts (Chromium then stops the idle worker after 30 s):
 *   what keeping the worker running is worth, in the layout "left alone 60 s".
 *
 * - `cloak-after-send`: the content script sends the panic message first and hides the page right
 *   after, in the same task (today: hide, then send). Whether the close comes sooner when the
 *   message no longer waits for the cloak's work, or later because the page's renderer is still
 *   busy with it when the close asks for its `beforeunload`.
 * - `no-beforeunload-guard`: the content script without its `beforeunload` guard. Not a proposal
 *   (a page's own handler then shows "Leave site?"): what the guard costs every close. A page
 *   with no `beforeunload` listener at all is closed without asking its renderer; with one (the
 *   guard is one) the close waits for the renderer's answer.
 *
 * (`close-with-create`, the exited tab closed in the same burst as the decoy's creation in every
 * layout, is in utils/exit.ts now: its variant, and `proposed` with it, is gone. So is
 * `guard-at-exit`, the content script's `beforeunload` guard added only when an exit starts: the
 * page's own earlier handler then ran first and "Leave site?" showed in every case of
 * tests/e2e/leave-site.spec.ts.)
 */
export interface Patch {
  file: string;
  from: string;
  to: string;
}

/** What keeping the worker running is worth: the build without features/keep-awake.ts. */
const NO_KEEP_AWAKE: Patch[] = [{ file: 'entrypoints/background.ts', from: '    keepAwake.register(),\n', to: '' }];

/** The panic message sent before the page is hidden (entrypoints/content-script.ts `exit`). */
const CLOAK_AFTER_SEND: Patch[] = [
  {
    file: 'entrypoints/content-script.ts',
    from: '    beginExit();\n    let acked = false;',
    to: '    exiting = true;\n    let acked = false;',
  },
  {
    file: 'entrypoints/content-script.ts',
    from: '      clearTimeout(timer);\n      replaceWithDecoy();\n    }\n  };',
    to: '      clearTimeout(timer);\n      cloakPage(document, lang);\n      replaceWithDecoy();\n      return;\n    }\n    cloakPage(document, lang);\n  };',
  },
];

/** What the content script's `beforeunload` guard costs every close: the build without it. */
const NO_BEFOREUNLOAD_GUARD: Patch[] = [
  {
    file: 'entrypoints/content-script.ts',
    from: "  addEventListener('beforeunload', (e) => exiting && e.stopImmediatePropagation(), true);\n",
    to: '',
  },
];

export const VARIANTS: Record<string, Patch[]> = {
  'no-keep-awake': NO_KEEP_AWAKE,
  'cloak-after-send': CLOAK_AFTER_SEND,
  'no-beforeunload-guard': NO_BEFOREUNLOAD_GUARD,
};

const COPY = ['entrypoints', 'features', 'utils', 'components', 'data', 'public', 'assets', 'locales'];
const FILES = ['wxt.config.ts', 'tsconfig.json', 'package.json'];

/**
 * Builds each named variant; returns its chrome-mv3 folder, or the reason it was skipped.
 * Runs `wxt build` once per variant (~15 s each on a quiet machine).
 */
export function buildVariants(
  names: string[],
  log: (msg: string) => void,
): Record<string, { dir: string } | { skipped: string }> {
  const out: Record<string, { dir: string } | { skipped: string }> = {};
  for (const name of names) {
    const patches = VARIANTS[name];
    if (!patches) {
      out[name] = { skipped: 'unknown variant' };
      continue;
    }
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `qe-bench-${name}-`));
    process.once('exit', () => fs.rmSync(root, { recursive: true, force: true }));
    for (const d of COPY) if (fs.existsSync(d)) fs.cpSync(d, path.join(root, d), { recursive: true });
    for (const f of FILES) fs.copyFileSync(f, path.join(root, f));
    fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
    const missing = patches.filter((p) => {
      const file = path.join(root, p.file);
      const text = fs.readFileSync(file, 'utf8');
      if (!text.includes(p.from)) return true;
      fs.writeFileSync(file, text.replace(p.from, p.to));
      return false;
    });
    if (missing.length) {
      out[name] = { skipped: `source changed, patch not applicable in ${missing.map((p) => p.file).join(', ')}` };
      log(`variant ${name}: ${out[name].skipped}`);
      continue;
    }
    const outDir = path.join(root, '.output');
    try {
      execSync('npx wxt build', { cwd: root, env: { ...process.env, QE_OUTDIR: outDir }, stdio: 'ignore' });
      out[name] = { dir: path.join(outDir, 'chrome-mv3') };
      log(`variant ${name} built`);
    } catch (e) {
      out[name] = { skipped: `build failed: ${(e as Error).message.split('\n')[0]}` };
      log(`variant ${name}: ${out[name].skipped}`);
    }
  }
  return out;
}
