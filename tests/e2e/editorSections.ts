import type { Page } from 'playwright-core';

/**
 * Opens folded optional sections of the incident editor by their buttons' Danish names ("Tilføj sted"), each checked to
 * be a collapsed disclosure that makes way for its section.
 */
export async function openSections(page: Page, ...names: string[]): Promise<void> {
  for (const name of names) {
    const button = page.getByRole('button', { name, exact: true, expanded: false });
    await button.click();
    await button.waitFor({ state: 'detached' });
  }
}
