import { describe, expect, it } from 'vitest';
import { exitShortcutOf } from '@/components/use-exit-shortcut';

describe('the exit shortcut shown on the pages', () => {
  it('is the exit command’s shortcut as the browser reports it, in either build', () => {
    // Chrome and Firefox both list the manifest's commands with their current shortcut.
    expect(
      exitShortcutOf([
        { name: '_execute_action', shortcut: 'Ctrl+Q' },
        { name: 'quick-exit', shortcut: 'Alt+Shift+Q' },
      ]),
    ).toBe('Alt+Shift+Q');
    expect(exitShortcutOf([{ name: 'switch-page', shortcut: 'Ctrl+Shift+9' }])).toBe('Ctrl+Shift+9');
  });

  it('is null when none is set (Chrome gives "" when the key was taken or removed; Firefox may omit it)', () => {
    expect(exitShortcutOf([{ name: 'quick-exit', shortcut: '' }])).toBeNull();
    expect(exitShortcutOf([{ name: 'quick-exit' }])).toBeNull();
    expect(exitShortcutOf([])).toBeNull();
    // Another command's shortcut is never shown as the exit's.
    expect(exitShortcutOf([{ name: '_execute_action', shortcut: 'Alt+Shift+Y' }])).toBeNull();
  });
});
