import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function createAccountAndTicket(page: Page, title: string) {
  await page.goto('/accounts');
  await page.getByLabel('Name').fill('Globex');
  await page.getByLabel('Plan').selectOption('premier-plus');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('rowheader', { name: /Globex/ })).toBeVisible();
  await page.getByRole('link', { name: 'New ticket' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New ticket' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description').fill('Orders fail at checkout since 9:00.');
  await page.getByRole('radio', { name: /P2 · High/ }).check();
  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
}

test('a new ticket survives a reload and shows its actions in the timeline', async ({ page }) => {
  await createAccountAndTicket(page, 'Checkout broken');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Checkout broken/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Message').fill('We are on it.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('We are on it.')).toBeVisible();
  await page.getByRole('button', { name: 'Wait on customer' }).click();
  await expect(timeline.getByText('Waiting on the customer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();

  await page.getByRole('link', { name: 'All tickets' }).click();
  await expect(page.getByRole('link', { name: /^T-/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Checkout broken/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the empty ticket list guides to creating an account, without axe violations', async ({
  page,
}) => {
  await page.goto('/tickets');
  await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a second tab sees a change made in the first within a second', async ({ page, context }) => {
  await createAccountAndTicket(page, 'Sync check');
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('button', { name: 'Resolve' })).toBeVisible();

  await page.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Reopen' })).toBeVisible({ timeout: 1000 });
  await expect(
    second.getByRole('region', { name: 'Timeline' }).getByText('Resolved', { exact: true }),
  ).toBeVisible({ timeout: 1000 });
});
