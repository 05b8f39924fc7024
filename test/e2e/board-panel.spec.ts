import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function loadDemoAndOpenBoard(page: Page) {
  await page.goto('/tickets');
  await page.getByRole('button', { name: /^(Load 100 demo tickets|Charger 100 tickets)/ }).click();
  await expect(page.getByRole('link', { name: /^T-/ }).first()).toBeVisible();
  await page.goto('/board');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const board = (page: Page) =>
  page.getByRole('list', { name: /^(Tickets, most urgent first|Tickets)/ });

/** Narrows the board to one open ticket (so it stays on screen when it moves) and returns it. */
async function oneOpenTicket(page: Page): Promise<{ id: string; row: Locator }> {
  const open = board(page)
    .getByRole('listitem')
    .filter({ hasNotText: 'Waiting on customer' })
    .first();
  const id = (await open.getByRole('link', { name: /^T-/ }).textContent()) ?? '';
  expect(id).toMatch(/^T-/);
  await page.getByLabel('Search').fill(id);
  await expect(board(page).getByRole('listitem')).toHaveCount(1);
  return { id, row: board(page).getByRole('listitem').first() };
}

test('a ticket panel opens by keyboard, explains its due times and takes actions', async ({
  page,
}) => {
  await loadDemoAndOpenBoard(page);
  const { id, row } = await oneOpenTicket(page);
  const details = row.getByRole('button', { name: `Details ${id}` });

  await details.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(id);
  await expect(page).toHaveURL(new RegExp(`[?&]ticket=${id}`));
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('img', { name: /^First response:/ })).toBeVisible();

  const why = dialog.locator('summary').first();
  await why.focus();
  await page.keyboard.press('Enter');
  const ledger = dialog.getByRole('list', { name: /how the time was counted$/ }).first();
  await expect(ledger.getByRole('listitem').first()).toContainText(/^Counted/);
  await expect(dialog.getByText(/^Counted in total: (.+)\. Target: \1\.$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(details).toBeFocused();
  await expect(page).not.toHaveURL(/ticket=/);

  // Shared or reloaded, the address opens the same panel.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.reload();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(id);

  const newPriority = dialog.getByLabel('New priority');
  await newPriority.selectOption({ index: 1 });
  const preview = dialog.getByRole('table', { name: /^Due times if you change to P\d now$/ });
  await expect(preview.getByRole('columnheader')).toHaveText(['Metric', 'Now', 'After the change']);
  await expect(preview.getByRole('row')).toHaveCount(4);
  await newPriority.selectOption({ index: 0 });

  await dialog.getByRole('button', { name: 'Wait on customer' }).click();
  await expect(dialog.getByText('The ticket now waits on the customer.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Waiting on customer');
  await expect(row.getByRole('button', { name: `Details ${id}` })).toBeFocused();
});

test('in the full list, a row moved by an action keeps its place until the panel closes', async ({
  page,
}) => {
  await loadDemoAndOpenBoard(page);
  // The most urgent open ticket not yet waiting: pausing it would send it down the list.
  const row = board(page)
    .getByRole('listitem')
    .filter({ hasNotText: 'Waiting on customer' })
    .first();
  const id = (await row.getByRole('link', { name: /^T-/ }).textContent()) ?? '';
  const details = board(page).getByRole('button', { name: `Details ${id}` });
  await details.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Wait on customer' }).click();
  await expect(dialog.getByText('The ticket now waits on the customer.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(details).toBeFocused();
  await expect(board(page).getByRole('listitem').filter({ hasText: id })).toContainText(
    'Waiting on customer',
  );
  // Once focus leaves the list, the new order applies.
  await page.getByLabel('Search').focus();
  await expect(page.getByText(/The order is on hold/)).toBeHidden();
});

test('the panel shows the priority change preview and has no axe violations in French, dark, on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await loadDemoAndOpenBoard(page);
  await page.getByRole('group', { name: 'Language' }).getByText('Français').click();
  await page.getByRole('group', { name: 'Thème' }).getByTitle('Sombre').click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await board(page)
    .getByRole('button', { name: /^Détails T-/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.locator('summary').first().click();
  await expect(dialog.getByText(/^Total compté/).first()).toBeVisible();

  const newPriority = dialog.getByLabel('Nouvelle priorité');
  const options = await newPriority.locator('option').allTextContents();
  await newPriority.selectOption({ label: options[1] ?? '' });
  // On a phone the preview is one block per metric: both due instants, nothing to scroll.
  await expect(
    dialog
      .getByRole('paragraph')
      .filter({ hasText: /^Échéances si vous passez en P\d maintenant$/ }),
  ).toBeVisible();
  await expect(dialog.getByRole('table')).toBeHidden();
  await expect(dialog.getByRole('term').filter({ hasText: 'Actuellement' })).toHaveCount(3);
  await expect(dialog.getByRole('term').filter({ hasText: 'Après le changement' })).toHaveCount(3);
  await expectNoAxeViolations(page);
});
