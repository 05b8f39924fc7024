import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function loadDemoAndOpenBoard(page: Page) {
  await page.goto('/tickets');
  await page.getByRole('button', { name: 'Load 100 demo tickets' }).click();
  await expect(page.getByRole('link', { name: /^T-/ }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeVisible();
}

const rows = (page: Page) =>
  page.getByRole('list', { name: 'Most urgent tickets' }).getByRole('listitem');

const pageLabel = (page: Page) => page.getByText(/^Page \d+ of \d+$/);

test('the wallboard shows the counts and the most urgent rows, and pages by itself', async ({
  page,
}) => {
  await page.clock.install();
  await loadDemoAndOpenBoard(page);
  await page.getByRole('link', { name: 'Wallboard' }).click();
  await expect(page).toHaveURL(/\/wallboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeVisible();
  const counts = page.getByRole('list', { name: 'Counts' });
  await expect(counts.getByRole('listitem')).toHaveCount(5);
  await expect(counts).toContainText('Breached now');
  await expect(rows(page).first()).toBeVisible();

  // 100 tickets never fit one screen: a page label, and every row on screen.
  await expect(pageLabel(page)).toBeVisible();
  const first = await pageLabel(page).innerText();
  const [, shown, count] = /Page (\d+) of (\d+)/.exec(first) ?? [];
  expect(Number(count)).toBeGreaterThan(1);
  const listBox = await page.getByRole('list', { name: 'Most urgent tickets' }).boundingBox();
  const lastBox = await rows(page).last().boundingBox();
  expect(listBox && lastBox && lastBox.y + lastBox.height).toBeLessThanOrEqual(
    (listBox?.y ?? 0) + (listBox?.height ?? 0) + 1,
  );
  const before = await rows(page).allInnerTexts();
  await page.clock.runFor(15_000);
  await expect(pageLabel(page)).not.toHaveText(first);
  const next = (Number(shown) % Number(count)) + 1;
  await expect(pageLabel(page)).toHaveText(`Page ${String(next)} of ${String(count)}`);
  expect((await rows(page).allInnerTexts())[0]).not.toBe(before[0]);

  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  await page.getByRole('button', { name: 'Leave full screen' }).click();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(page).toHaveURL(/\/board$/);
});

test('the wallboard keeps the board filters, dark whatever the theme, axe-clean on a phone', async ({
  page,
}) => {
  await loadDemoAndOpenBoard(page);
  await page.getByLabel('Priority').selectOption('P1');
  await page.getByRole('link', { name: 'Wallboard' }).click();
  await expect(page).toHaveURL(/\/wallboard\?priority=P1$/);
  await expect(rows(page).first()).toBeVisible();
  for (const text of await rows(page).allInnerTexts()) expect(text).toMatch(/\bP1\b/);
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page);
});

test('with the option on, the tab title counts the breached tickets', async ({ page }) => {
  await loadDemoAndOpenBoard(page);
  await expect(page).toHaveTitle('Breach board · SLA Board');
  await page.getByRole('button', { name: /^Alerts/ }).click();
  await page.getByLabel('Number of breached tickets in the tab title').check();
  await expect(page).toHaveTitle(/^\(\d+\) Breach board · SLA Board$/);
  const breached = await page
    .getByRole('list', { name: 'Summary' })
    .getByRole('button', { name: /Breached now/ })
    .innerText();
  const title = await page.title();
  expect(title).toContain(`(${/\d+/.exec(breached)?.[0] ?? ''})`);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page).toHaveTitle(/^\(\d+\) Breach board · SLA Board$/);
  await page.getByRole('button', { name: /^Alerts/ }).click();
  await page.getByLabel('Number of breached tickets in the tab title').uncheck();
  await expect(page).toHaveTitle('Breach board · SLA Board');
});

test('in French, the wallboard speaks French, with lang="fr", and stays axe-clean', async ({
  page,
}) => {
  await loadDemoAndOpenBoard(page);
  await page.getByRole('group', { name: 'Language' }).getByText('Français').click();
  await page.getByRole('group', { name: 'Thème' }).getByText('Sombre').click();
  await page.getByRole('link', { name: 'Écran mural' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tableau des échéances' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Écran mural · SLA Board');
  await expect(page.getByRole('list', { name: 'Tickets les plus urgents' })).toBeVisible();
  await expect(page.getByText(/^Page \d+ sur \d+$/)).toBeVisible();
  await expectNoAxeViolations(page);
});
