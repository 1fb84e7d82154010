import path from 'node:path';
import { lastCleanupCause, launchWithExtension, pressPanic, waitForNoPage } from './browser';
import { expect, openTab, pageAt, test } from './fixtures';
import { findMarker, findPathsNaming, printResidue, type Residue } from './profile-audit';

/**
 * The profile audit after an exit: a sensitive page whose address, title and localStorage carry
 * a token of their own, Escape twice, a browser close, then every file of the profile searched
 * for the token and for the host name (UTF-8 and UTF-16LE). The test prints what each file holds
 * and asserts the exact set of files, so an improvement fails it as surely as a regression:
 * update the sets below, README's "What Quick Exit cannot remove" and docs/DESIGN.md together.
 */

/** In the page's address (`/cookie/TOKEN`), its title (`QE-MARK-TOKEN`) and its localStorage value. */
const TOKEN = 'zq7residue';
const HOST = 'residue-audit.test';

/** A file name with its varying number written as `*` (`Session_13440…` → `Session_*`). */
const normalised = (residue: Residue[]) =>
  [...new Set(residue.map((r) => r.file.replace(/\d{6,}/g, '*').replace(/\/\d+\.(log|ldb)$/, '/*.$1')))].toSorted();

/**
 * What Chromium keeps after an exit and a close (Chromium 156, measured; docs/DESIGN.md, "Gaps
 * still open"). No extension API removes any of these; the experiments that tried are there too.
 */
const AFTER_CLOSE = {
  /** The page itself (its address, its localStorage value). */
  page: [
    // The deleted localStorage record, until LevelDB flushes and compacts its log.
    'Default/Local Storage/leveldb/*.log',
    // The session-restore file of this run: the closed tab's address, until it is rewritten.
    'Default/Sessions/Session_*',
  ],
  /** The host name alone. */
  host: [
    'Default/Local Storage/leveldb/*.log',
    'Default/Sessions/Session_*',
    // The storage-quota row of the site (its origin, no content).
    'Default/WebStorage/QuotaManager',
  ],
};

test('after an exit and a browser close, the page stays in exactly these files', async ({
  ext,
  sw,
  server,
  decoyUrl,
}) => {
  const site = server.origin(HOST);
  const page = await openTab(ext, `${site}/cookie/${TOKEN}`);
  // A person reads for longer than Chromium's localStorage commit delay (about 5 s): wait until the
  // value is in the LevelDB log, so the audit sees what a real visit leaves.
  const leveldb = path.join(ext.profileDir, 'Default', 'Local Storage', 'leveldb');
  await expect
    .poll(() => findMarker(leveldb, `QE-MARK-${TOKEN}-ls`).length, { timeout: 20_000, intervals: [500] })
    .toBe(1);
  await pressPanic(page, 'escape');
  await waitForNoPage(ext.context, site);
  await pageAt(ext, decoyUrl);
  await expect.poll(() => lastCleanupCause(sw)).toBe('exit');
  await ext.close();

  const ofPage = findMarker(ext.profileDir, TOKEN);
  const ofHost = findMarker(ext.profileDir, HOST);
  printResidue(`the page (${TOKEN}) after an exit and a close`, ofPage);
  printResidue(`the host (${HOST}) after an exit and a close`, ofHost);
  expect(normalised(ofPage), 'files holding the page').toEqual(AFTER_CLOSE.page);
  expect(normalised(ofHost), 'files holding the host name').toEqual(AFTER_CLOSE.host);
  expect(findPathsNaming(ext.profileDir, HOST), 'file or folder names').toEqual([]);

  // Two restarts on the same profile: Chromium replaces the session-restore file; the LevelDB log
  // is reused as it is (nothing else writes enough to roll it).
  for (let i = 0; i < 2; i++) {
    const again = await launchWithExtension({ profileDir: ext.profileDir });
    await (await again.context.newPage()).goto('about:blank');
    await new Promise((r) => setTimeout(r, 1500)); // the session service writes its new file
    await again.close();
  }
  const pageLater = findMarker(ext.profileDir, TOKEN);
  const hostLater = findMarker(ext.profileDir, HOST);
  printResidue(`the page (${TOKEN}) after two restarts`, pageLater);
  printResidue(`the host (${HOST}) after two restarts`, hostLater);
  expect(normalised(pageLater), 'files holding the page after two restarts').toEqual([
    'Default/Local Storage/leveldb/*.log',
  ]);
  expect(normalised(hostLater), 'files holding the host name after two restarts').toEqual([
    'Default/Local Storage/leveldb/*.log',
    'Default/WebStorage/QuotaManager',
  ]);
});
