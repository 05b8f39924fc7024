import { screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { createTestData, type TestData } from '../../queries/test-query-client';
import { TriagePage } from './triage-page';

let data: TestData;
beforeEach(() => {
  data = createTestData('triage-steps');
});
afterEach(async () => {
  await data.cleanup();
});

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function renderTriage(route = '/triage', locale: 'en' | 'fr' = 'en') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/triage"
        element={
          <>
            <TriagePage />
            <LocationProbe />
          </>
        }
      />
    </Routes>,
    { route, locale, queryClient: data.client, clock: data.clock },
  );
}

const question = (name: RegExp | string) => screen.findByRole('heading', { level: 2, name });
const answersList = () =>
  within(screen.getByRole('region', { name: 'Your answers' })).getByRole('list');

describe('triage steps', () => {
  it('walks one question at a time to P1, moving focus to each new heading', async () => {
    const { user } = renderTriage();
    expect(await question('Where does the problem happen?')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /I’m not sure/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Production/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const second = await question(/Is the service down/);
    expect(second).toHaveFocus();
    expect(screen.getByText('Question 2')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await question(/keep working in the meantime/)).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'No, none' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const result = await screen.findByRole('heading', { name: /Recommended priority/ });
    expect(result).toHaveTextContent('P1 · Urgent');
    expect(result).toHaveFocus();
    expect(screen.getByText('There is no way to keep working in the meantime.')).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(
      '?a=environment%3Aproduction%2Cservice-down%3Ayes%2Cworkaround%3Anone',
    );
  });

  it('asks for an answer before moving on', async () => {
    const { user } = renderTriage();
    await question('Where does the problem happen?');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Pick an answer. “I’m not sure” is fine too.')).toBeVisible();
    expect(screen.getByRole('radio', { name: /^Production/ })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Where does the problem happen?' })).toBeVisible();
  });

  it('works with the keyboard alone, and Back returns with the answer kept', async () => {
    const { user } = renderTriage();
    await question('Where does the problem happen?');
    await user.tab();
    expect(screen.getByRole('radio', { name: /^Production/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /^Another non-production/ })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(await question(/Is the service down/)).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await question('Where does the problem happen?')).toHaveFocus();
    expect(screen.getByRole('radio', { name: /^Another non-production/ })).toBeChecked();
  });

  it('"Change" recomputes what follows and drops answers that no longer apply', async () => {
    const { user } = renderTriage(
      '/triage?a=environment:production,service-down:yes,workaround:none',
    );
    expect(await screen.findByRole('heading', { name: /Recommended priority/ })).toHaveTextContent(
      'P1',
    );
    expect(within(answersList()).getByText('No, none')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Change your answer: Service down or critical impact' }),
    );
    expect(await question(/Is the service down/)).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await question(/Are important parts of the service hurt/)).toHaveFocus();
    expect(within(answersList()).queryByText('No, none')).not.toBeInTheDocument();
    expect(within(answersList()).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('location')).toHaveTextContent(
      '?a=environment%3Aproduction%2Cservice-down%3Ano',
    );
  });

  it('"Change" on an answer that keeps the path goes straight back to the result', async () => {
    const { user } = renderTriage(
      '/triage?a=environment:production,service-down:yes,workaround:none',
    );
    await screen.findByRole('heading', { name: /Recommended priority/ });
    await user.click(screen.getByRole('button', { name: 'Change your answer: Where it happens' }));
    await user.click(await screen.findByRole('radio', { name: /^Another non-production/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const result = await screen.findByRole('heading', { name: /Recommended priority/ });
    expect(result).toHaveTextContent('P2 · High');
    expect(result).toHaveFocus();
    expect(screen.getByRole('note', { name: 'Why this cannot be P1' })).toBeVisible();
  });

  it('"Start over" clears every answer', async () => {
    const { user } = renderTriage('/triage?a=environment:development-or-beta');
    await screen.findByRole('heading', { name: /Recommended priority/ });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await question('Where does the problem happen?')).toHaveFocus();
    expect(screen.getByRole('radio', { name: /^Production/ })).not.toBeChecked();
    expect(screen.queryByRole('region', { name: 'Your answers' })).not.toBeInTheDocument();
  });

  it('"Start over" from the first question, reached by "Change", resets it and keeps the focus', async () => {
    const { user } = renderTriage('/triage?a=environment:development-or-beta');
    await screen.findByRole('heading', { name: /Recommended priority/ });
    await user.click(screen.getByRole('button', { name: 'Change your answer: Where it happens' }));
    expect(screen.getByRole('radio', { name: /^Development or beta/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await question('Where does the problem happen?')).toHaveFocus();
    expect(screen.getByRole('radio', { name: /^Development or beta/ })).not.toBeChecked();
  });

  it('asks in French, "Je ne sais pas" included', async () => {
    const { user } = renderTriage('/triage', 'fr');
    expect(await question('Où le problème se produit-il\u00a0?')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Je ne sais pas' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await question(/Le service est-il arrêté/)).toHaveFocus();
    expect(
      within(screen.getByRole('region', { name: 'Vos réponses' })).getByText('Je ne sais pas'),
    ).toBeInTheDocument();
  });
});
