import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const LANGUAGES = [
  { label: 'English', heading: 'Support policy' },
  { label: 'Français', heading: 'Politique de support' },
] as const;
const THEMES = [
  { label: /^(Light|Clair)$/, className: false },
  { label: /^(Dark|Sombre)$/, className: true },
] as const;

for (const language of LANGUAGES) {
  for (const theme of THEMES) {
    const themeName = theme.className ? 'dark' : 'light';
    test(`policy view has no axe violations in ${language.label}, ${themeName} theme`, async ({
      page,
    }) => {
      await page.goto('/policy');
      await page
        .getByRole('group', { name: /^(Language|Langue)$/ })
        .getByText(language.label)
        .click();
      await expect(page.getByRole('heading', { level: 1, name: language.heading })).toBeVisible();
      await page
        .getByRole('group', { name: /^(Theme|Thème)$/ })
        .getByText(theme.label)
        .click();
      await expect(page.locator('html')).toHaveClass(
        theme.className ? /\bdark\b/ : /^(?!.*\bdark\b)/,
      );

      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) })),
      ).toEqual([]);
    });
  }
}

test('not-found page has no axe violations', async ({ page }) => {
  await page.goto('/missing');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map(({ id }) => id)).toEqual([]);
});

test('the phone layout has no axe violations in French, dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/policy');
  await page.getByRole('group', { name: 'Language' }).getByText('Français').click();
  // On a phone the theme switch shows icons only; people tap the icon.
  await page.getByRole('group', { name: 'Thème' }).getByTitle('Sombre').click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('heading', { level: 1, name: 'Politique de support' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) })),
  ).toEqual([]);
});
