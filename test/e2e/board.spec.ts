import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function loadDemoAndOpenBoard(page: Page) {
  await page.goto('/tickets');
  await page.getByRole('button', { name: 'Load 100 demo tickets' }).click();
  await expect(page.getByRole('link', { name: /^T-/ }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeVisible();
}

const board = (page: Page) => page.getByRole('list', { name: 'Tickets, most urgent first' });

test('the board ticks every second, without axe violations', async ({ page }) => {
  await loadDemoAndOpenBoard(page);
  const firstCountdowns = board(page).getByRole('listitem').first();
  await expect(firstCountdowns).toBeVisible();
  const before = await board(page).innerText();
  await page.waitForTimeout(1500);
  expect(await board(page).innerText()).not.toBe(before);
  await expectNoAxeViolations(page);
});

test('a filter in the URL survives a reload', async ({ page }) => {
  await loadDemoAndOpenBoard(page);
  await page.getByLabel('Priority').selectOption('P1');
  await expect(page).toHaveURL(/priority=P1/);
  await page.reload();
  await expect(page.getByLabel('Priority')).toHaveValue('P1');
  const rows = board(page).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const texts = await rows.allInnerTexts();
  for (const text of texts) expect(text).toMatch(/\bP1\b/);
});

test('arrow keys move between rows, and Escape hides a due-time tooltip', async ({ page }) => {
  await loadDemoAndOpenBoard(page);
  const rows = board(page).getByRole('listitem');
  const firstLink = rows.nth(0).getByRole('link').first();
  const secondLink = rows.nth(1).getByRole('link').first();
  await firstLink.focus();
  await page.keyboard.press('ArrowDown');
  await expect(secondLink).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(firstLink).toBeFocused();

  const metric = rows.nth(0).getByRole('button', { name: /First response/ });
  await metric.focus();
  const tooltip = rows.nth(0).getByRole('tooltip').first();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/Due/);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1).getByRole('button', { name: /First response/ })).toBeFocused();
});

for (const width of [1280, 360]) {
  test(`the board has no axe violations in French, dark theme, ${String(width)} px wide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await loadDemoAndOpenBoard(page);
    await page.getByRole('group', { name: 'Language' }).getByText('Français').click();
    await page.getByRole('group', { name: 'Thème' }).getByTitle('Sombre').click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Tableau des échéances' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: /^Tickets/ })
        .getByRole('listitem')
        .first(),
    ).toBeVisible();
    if (width < 768) await page.getByRole('button', { name: /^Filtres/ }).click();
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the search box keeps its caret when editing mid-word while the board ticks', async ({
  page,
}) => {
  await loadDemoAndOpenBoard(page);
  const search = page.getByLabel('Search');
  await search.click();
  await page.keyboard.type('acme', { delay: 50 });
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(1100);
  await page.keyboard.type('xy', { delay: 300 });
  await expect(search).toHaveValue('acxyme');
  await expect(page).toHaveURL(/q=acxyme/);
});
