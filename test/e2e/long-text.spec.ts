/**
 * Text that cannot break the page: a 5,000-character word in an agency's, a theme's, a
 * finding's (and every other) name wraps on every screen at 1366×768, so nothing is
 * pushed off-screen; and a title holding a right-to-left override (U+202E) is shown with
 * a visible marker, not obeyed, while its export keeps the text exactly as stored.
 */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { importFile, exportPlain } from './reviewFilePages.ts';
import { makeReviewFile } from '../helpers/reviewFileBuilder.ts';

const WORD = `Supercalifragilistic${'x'.repeat(4_980)}`;
const TITLE = 'Northgate \u202Efdp.exe review';

function hostileFile() {
  const file = makeReviewFile();
  return {
    ...file,
    review: { ...file.review, title: TITLE, area: WORD, commissioner: WORD, stage: 'follow-up' as const },
    agencies: file.agencies.map((a, i) => ({ ...a, name: i === 0 ? WORD : a.name })),
    themes: file.themes.map((t) => ({ ...t, name: `${t.name} ${WORD}` })),
    engagements: file.engagements.map((e) => ({ ...e, title: WORD, roles: [WORD] })),
    findings: file.findings.map((f) => ({ ...f, title: WORD, detail: WORD })),
    recommendations: file.recommendations.map((r) => ({ ...r, title: WORD, detail: WORD, successMeasure: WORD })),
    actions: file.actions.map((a) => ({ ...a, description: WORD })),
  };
}

/**
 * The page's own horizontal overflow (what a reviewer would have to scroll sideways to
 * reach), with the innermost elements that stick out, so a failure says where to look.
 */
async function pageOverflow(page: import('@playwright/test').Page): Promise<{ px: number; culprits: string[] }> {
  return page.evaluate(() => {
    const px = document.scrollingElement!.scrollWidth - window.innerWidth;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
    const chain = (el: Element) => {
      const names = [];
      for (let at: Element | null = el; at && at !== document.body && names.length < 6; at = at.parentElement) names.push(`${name(at)} (${Math.round(at.getBoundingClientRect().width)} px)`);
      return names.join(' < ');
    };
    const culprits = innermost.slice(0, 3).map(chain);
    return { px, culprits };
  });
}

async function expectNoOverflow(page: import('@playwright/test').Page, name: string) {
  const { px, culprits } = await pageOverflow(page);
  expect(px, `${name}: the page scrolls sideways by ${px} px; sticking out: ${culprits.join('; ')}`).toBeLessThanOrEqual(0);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a 5,000-character word wraps on every screen, and a bidi override in a title is shown, not obeyed', async ({ page }) => {
  test.setTimeout(300_000);
  const file = hostileFile();
  await openApp(page);
  await importFile(page, { name: 'hostile.review.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText(/^Imported “/)).toBeVisible();
  // The override is shown as a marker; the text after it is not reversed.
  await expect(page.getByRole('link', { name: 'Northgate ⟨U+202E⟩fdp.exe review' })).toBeVisible();
  await expectNoOverflow(page, 'Reviews list');

  const base = `/#/reviews/${file.review.id}`;
  const screens = [
    ['Overview', ''], ['Scope', '/scope'], ['Engage', '/engage'], ['Engagement notes', `/engage/${file.engagements[0]!.id}`],
    ['Analyse: code', '/analyse/code'], ['Analyse: coding one engagement', `/analyse/code/${file.engagements[0]!.id}`],
    ['Analyse: evidence', '/analyse/evidence'], ['Analyse: coverage', '/analyse/coverage'], ['Analyse: findings', '/analyse/findings'],
    ['Recommend', '/recommend'], ['Report', '/report'], ['Follow-up', '/follow-up'],
  ] as const;
  for (const [name, path] of screens) {
    await test.step(name, async () => {
      await page.goto(base + path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Northgate ⟨U+202E⟩fdp.exe review', { exact: false }).first()).toBeVisible();
      // Give late layout (charts, lists) a frame to settle before measuring.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await expectNoOverflow(page, name);
      // axe is slow over this much text, so it checks a screen of each kind: a form, lists, cards.
      if (['Scope', 'Analyse: findings', 'Follow-up'].includes(name)) await checkA11y(page, `${name} with a 5,000-character word`);
    });
  }

  // The export keeps the title exactly as stored, override and all.
  await page.goto('/');
  const { text } = await exportPlain(page, 'Northgate ⟨U+202E⟩fdp.exe review');
  expect((JSON.parse(text) as { review: { title: string } }).review.title).toBe(TITLE);
});
