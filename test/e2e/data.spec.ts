import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const ticket = (id: string, title: string) => ({
  id,
  title,
  description: '',
  accountId: 'acme',
  tier: 'premier',
  priority: 'P2',
  region: 'emea',
  createdAt: '2026-03-01T10:00:00.000Z',
  events: [
    { id: 'e1', type: 'reply', at: '2026-03-01T10:30:00.000Z', author: 'Sam', message: 'On it' },
  ],
  updatedAt: '2026-03-01T10:30:00.000Z',
});

const exportFile = (tickets: unknown[]) =>
  JSON.stringify({
    format: 'sla-board-export',
    version: 1,
    exportedAt: '2026-03-01T12:00:00.000Z',
    settings: {
      language: 'en',
      theme: 'light',
      p1Phone: '+33 1 23 45 67 89',
      activePolicyId: 'default',
      agentName: 'Sam',
    },
    policies: [],
    accounts: [{ id: 'acme', name: 'Acme', tier: 'premier', region: 'emea' }],
    tickets,
  });

async function pickFile(page: Page, label: string, name: string, text: string) {
  await page.getByLabel(label).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** Clicks "Export everything (JSON)" and returns the parsed file. */
async function exportJson(page: Page): Promise<{ tickets: { id: string; title: string }[] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^sla-board-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as {
    tickets: { id: string; title: string }[];
  };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/data');
  await page
    .getByRole('group', { name: /^(Language|Langue)$/ })
    .getByText('English')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
});

test('a bad import names its problem and leaves the data unchanged', async ({ page }) => {
  await pickFile(page, 'Backup file (.json)', 'good.json', exportFile([ticket('T-1', 'First')]));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Tickets: 1 added/)).toBeVisible();

  const broken = exportFile([
    ticket('T-1', 'Changed'),
    { ...ticket('T-2', 'x'), createdAt: 'soon' },
  ]);
  await pickFile(page, 'Backup file (.json)', 'bad.json', broken);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This file can’t be imported. Nothing was written.');
  await expect(alert).toContainText('tickets[1].createdAt');
  await expect(alert).toContainText('“soon” is not a date and time in ISO 8601 with an offset');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  await page.reload();
  const file = await exportJson(page);
  expect(file.tickets.map(({ id, title }) => ({ id, title }))).toEqual([
    { id: 'T-1', title: 'First' },
  ]);
});

test('a good import then an export round-trips', async ({ page }) => {
  const original = exportFile([ticket('T-1', 'First'), ticket('T-2', 'Second')]);
  await pickFile(page, 'Backup file (.json)', 'backup.json', original);
  await expect(
    page.getByText(/backup\.json holds 2 tickets, 1 account and 0 custom policies/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Tickets: 2 added, 0 replaced, 0 skipped/)).toBeVisible();

  const exported = await exportJson(page);
  const before = JSON.parse(original) as Record<string, unknown>;
  expect({ ...exported, exportedAt: null }).toEqual({ ...before, exportedAt: null });
});

test('demo data is still there after a reload', async ({ page }) => {
  await page.getByRole('radio', { name: '100', exact: true }).check({ force: true });
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText('100 demo tickets added (0 were already there).')).toBeVisible();

  await page.reload();
  const file = await exportJson(page);
  expect(file.tickets).toHaveLength(100);
});

for (const path of ['/data', '/settings']) {
  for (const language of ['English', 'Français'] as const) {
    test(`${path} has no axe violations in ${language}`, async ({ page }) => {
      await page.goto(path);
      await page
        .getByRole('group', { name: /^(Language|Langue)$/ })
        .first()
        .getByText(language)
        .click();
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        language === 'English' ? 'en' : 'fr',
      );
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) })),
      ).toEqual([]);
    });
  }
}
