import { expect, test } from '@playwright/test';

test.describe('keyboard', () => {
  test('the first Tab shows the skip link, which moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/policy');
    await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('Tab reaches the navigation, the language and the theme switches', async ({ page }) => {
    await page.goto('/policy');
    await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Board', exact: true })).toBeFocused();
    // Then through the other links of the main navigation, however many there are.
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count();
    for (let i = 0; i < links; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'English' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'System' })).toBeFocused();
  });

  test('arrow keys change the language and the theme', async ({ page }) => {
    await page.goto('/policy');
    await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
    await page.getByRole('radio', { name: 'English' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Politique de support' }),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Français' })).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Système' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Sombre' })).toBeChecked();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  });

  test('a focused switch shows a visible focus ring', async ({ page }) => {
    await page.goto('/policy');
    await expect(page.getByRole('heading', { level: 1, name: 'Support policy' })).toBeVisible();
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count();
    // Skip link, the navigation's links, then the language switch.
    for (let i = 0; i < links + 2; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'English' })).toBeFocused();
    const ring = await page
      .getByRole('radio', { name: 'English' })
      .evaluate((input) => getComputedStyle(input.nextElementSibling as Element).outlineStyle);
    expect(ring).toBe('solid');
  });
});
