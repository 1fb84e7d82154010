/**
 * What the leave-site specs of both browsers (tests/e2e, tests/firefox) share: the sensitive page
 * whose "Leave site?" (`beforeunload`) prompt is armed by a click, and the record of its dialogs.
 * Playwright's and Puppeteer's pages both fit `DialogPage`.
 */

/** The little of a driver's page used here. */
interface DialogPage {
  on(event: 'dialog', listener: (dialog: { type(): string; accept(): Promise<void> }) => void): unknown;
  click(selector: string): Promise<void>;
}

/** Records every JavaScript dialog of `page` (and accepts it, so a failing test does not hang). */
export function recordDialogs(page: DialogPage): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(d.type());
    void d.accept().catch(() => {});
  });
  return seen;
}

/**
 * Opens the sensitive page (`open`: the runner's own new-tab helper) with its prompt armed by a
 * click (user activation). `variant` '1' or 'capture' (the page's handler in the capture phase).
 */
export async function armedPage<P extends DialogPage>(
  open: (url: string) => Promise<P>,
  origin: string,
  variant: string,
): Promise<{ page: P; dialogs: string[] }> {
  const page = await open(`${origin}/p/stay?beforeunload=${variant}`);
  const dialogs = recordDialogs(page);
  await page.click('h1'); // user activation arms the prompt
  return { page, dialogs };
}
