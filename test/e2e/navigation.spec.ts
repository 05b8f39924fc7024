import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('focus moves to the new screen’s heading after a navigation, not on the first load', async ({
  page,
}) => {
  await page.goto('/board');
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeVisible();
  await expect(page.locator('body')).toBeFocused();

  await nav(page).getByRole('link', { name: 'Policy' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeFocused();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeFocused();
});

test('typing in a board filter keeps the focus while the URL follows', async ({ page }) => {
  await page.goto('/tickets');
  await page.getByRole('button', { name: 'Load 100 demo tickets' }).click();
  await expect(page.getByRole('link', { name: /^T-/ }).first()).toBeVisible();
  await nav(page).getByRole('link', { name: 'Board', exact: true }).click();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.click();
  await page.keyboard.type('acme', { delay: 50 });
  await expect(page).toHaveURL(/acme/);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('acme');
});

test('a screen whose code cannot be downloaded asks for a reload, inside the app frame', async ({
  page,
}) => {
  await page.goto('/board');
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeVisible();
  // As after a deploy: the old chunk files are gone.
  await page.route('**/assets/policy-page-*.js', (route) => route.fulfill({ status: 404 }));

  await nav(page).getByRole('link', { name: 'Policy' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This screen needs a reload' }),
  ).toBeFocused();
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The header still works, and so does a reload once the files are back.
  await nav(page).getByRole('link', { name: 'Board', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeVisible();
  await page.unroute('**/assets/policy-page-*.js');
  await page.goto('/policy');
  await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
});

test('focus lands on the heading going to the wallboard and back to the board', async ({
  page,
}) => {
  await page.goto('/tickets');
  await page.getByRole('button', { name: 'Load 100 demo tickets' }).click();
  await expect(page.getByRole('link', { name: /^T-/ }).first()).toBeVisible();
  await nav(page).getByRole('link', { name: 'Board', exact: true }).click();
  await page.getByRole('link', { name: 'Wallboard' }).click();
  await expect(page).toHaveURL(/\/wallboard/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeFocused();
});
