import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Picks an answer, presses Next, and checks that focus lands on the next heading. */
async function answer(
  page: Page,
  option: RegExp | string,
  next: RegExp | string,
  nextLabel = 'Next',
) {
  await page.getByRole('radio', { name: option }).check();
  await page.getByRole('button', { name: nextLabel }).click();
  const heading = page.getByRole('heading', { level: 2, name: next });
  await expect(heading).toBeFocused();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
}

const result = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /Recommended priority|Priorité recommandée/ });

test('service down without a workaround ends at P1 with the phone instruction, axe-clean at every step', async ({
  page,
}) => {
  await page.goto('/triage');
  await expect(page.getByRole('heading', { level: 1, name: 'How urgent is it?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await answer(page, /^Production/, /Is the service down/);
  await answer(page, 'Yes', /keep working in the meantime/);
  await answer(page, 'No, none', /Recommended priority/);
  await expect(result(page)).toContainText('P1 · Urgent');
  const missing = page.getByRole('note', { name: 'No support phone number yet' });
  await expect(missing).toBeVisible();
  await missing.getByRole('link', { name: 'Settings' }).click();

  await page.getByLabel('Phone number for P1 incidents').fill('+33 1 23 45 67 89');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  // The answers live in the URL: the same link reproduces the triage.
  await page.goto('/triage?a=environment:production,service-down:yes,workaround:none');
  const phone = page.getByRole('note', { name: 'Report it by phone now' });
  await expect(phone.getByRole('link', { name: 'Call +33 1 23 45 67 89' })).toHaveAttribute(
    'href',
    'tel:+33123456789',
  );
  await expectNoAxeViolations(page);
});

test('a beta path ends at P4, with the keyboard alone, on a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/triage');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where does the problem happen?' }),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole('radio', { name: /^Production/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Development or beta/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(result(page)).toBeFocused();
  await expect(result(page)).toContainText('P4 · Low');
  await expect(page.getByRole('note', { name: 'Why this cannot be P1' })).toBeVisible();
  await expect(page.getByRole('note', { name: /phone/ })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where does the problem happen?' }),
  ).toBeFocused();
  await expect(page.getByRole('radio', { name: /^Development or beta/ })).toBeChecked();
});

test('the saved ticket appears on the board with its recommendation', async ({ page }) => {
  await page.goto('/accounts');
  await page.getByLabel('Name').fill('Initech');
  await page.getByLabel('Plan').selectOption('premier-elite');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('rowheader', { name: /Initech/ })).toBeVisible();

  await page.goto('/triage?a=environment:production,service-down:yes,workaround:none');
  await expect(result(page)).toContainText('P1');
  await page.getByLabel('Account (optional)').selectOption({ label: 'Initech' });
  const targets = page.getByRole('list', { name: 'Targets for P1 on Premier Elite' });
  await expect(targets).toContainText('A commitment with service credits');
  await page.getByLabel('Title').fill('Payments rejected at the gateway');
  await page.getByRole('radio', { name: /P2 · High/ }).check();
  await expect(page.getByText('You chose P2, against the recommendation (P1).')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the ticket' }).click();
  await expect(page.getByText(/^Ticket T-.* is saved\.$/)).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'See it on the board' }).click();
  const panel = page.getByRole('dialog');
  await expect(panel).toContainText('Payments rejected at the gateway');
  await expect(panel).toContainText(/recommended P1/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Breach board' })).toBeVisible();
  const board = page.getByRole('list', { name: 'Tickets, most urgent first' });
  const row = board.getByRole('listitem').filter({ hasText: 'Payments rejected at the gateway' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Initech');
  await expect(row).toContainText(/\bP2\b/);
  await expect(row).toContainText(/triage|recommend/i);
  await expect(row).toContainText(/\bP1\b/);
});

test('the French path works, in the dark theme on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/triage');
  await page.getByRole('group', { name: 'Language' }).getByText('Français').click();
  await page.getByRole('group', { name: 'Thème' }).getByTitle('Sombre').click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Quelle urgence\u00a0?' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await answer(page, 'Je ne sais pas', /Le service est-il arrêté/, 'Suivant');
  await answer(page, 'Je ne sais pas', /Des parties importantes/, 'Suivant');
  await answer(page, 'Non', /question sur le fonctionnement/, 'Suivant');
  await answer(page, 'Non', /demande d’information/, 'Suivant');
  await answer(page, 'Je ne sais pas', /Priorité recommandée/, 'Suivant');
  await expect(result(page)).toContainText('P3 · Moyen');
  await expect(page.getByText(/la priorité par défaut de la politique s’applique/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page
    .getByRole('button', { name: 'Modifier votre réponse\u00a0: Environnement concerné' })
    .click();
  await answer(page, /^Production/, /Priorité recommandée/, 'Suivant');
});
