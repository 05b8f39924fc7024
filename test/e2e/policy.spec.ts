import { expect, test, type Page } from '@playwright/test';

async function chooseLanguage(page: Page, language: 'English' | 'Français') {
  await page
    .getByRole('group', { name: /^(Language|Langue)$/ })
    .getByText(language)
    .click();
}

test.describe('policy view', () => {
  test('opens on the policy in English', async ({ page }) => {
    await page.goto('/policy');
    await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
    await expect(page).toHaveTitle('Support policy · SLA Board');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const firstResponse = page.getByRole('region', { name: 'First response table' });
    const premierRow = firstResponse.getByRole('row').filter({ hasText: 'Premier Elite' });
    await expect(premierRow.getByRole('cell').first()).toContainText('1 hour');
    await expect(premierRow.getByRole('cell').first()).toContainText('24×7 clock');
    const standardRow = firstResponse.getByRole('row').filter({ hasText: 'Standard' });
    await expect(standardRow.getByRole('cell').nth(2)).toContainText('No first-response target');
    await expect(page.getByRole('heading', { name: 'P1 · Urgent', level: 3 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Asia-Pacific' })).toBeVisible();
  });

  test('switches to French, and the choice survives a reload', async ({ page }) => {
    await page.goto('/policy');
    await chooseLanguage(page, 'Français');

    await expect(
      page.getByRole('heading', { level: 1, name: 'Politique de support' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Politique de support · SLA Board');
    const table = page.getByRole('region', { name: 'Tableau Première intervention' });
    await expect(table.getByRole('columnheader', { name: 'P4 · Faible' })).toBeVisible();
    await expect(page.getByText('Signalez toujours un P1 par téléphone.')).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Politique de support' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('radio', { name: 'Français' })).toBeChecked();

    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
  });

  test('remembers the dark theme across a reload', async ({ page }) => {
    await page.goto('/policy');
    await page.getByRole('group', { name: 'Theme' }).getByText('Dark').click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  test('follows the system colour scheme by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/policy');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  });

  test('shows a not-found page for unknown addresses', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Open the support policy' }).click();
    await expect(page).toHaveURL(/\/policy$/);
  });

  test('fits a 360 px phone without sideways page scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/policy');
    await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);

    // Targets are stacked per plan group instead of a wide table.
    await expect(page.getByRole('region', { name: 'First response table' })).toBeHidden();
    const firstResponse = page.getByRole('region', { name: 'First response' });
    const premierCard = firstResponse.getByRole('listitem').filter({ hasText: 'Premier Elite' });
    await expect(premierCard.first()).toBeVisible();
    await expect(premierCard.first()).toContainText('P1 · Urgent');
    await expect(premierCard.first()).toContainText('1 hour');
  });
});
