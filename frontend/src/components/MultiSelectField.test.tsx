import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MultiSelectField } from './MultiSelectField';

const options = [
  { value: 'GM0363', label: 'Amsterdam' },
  { value: 'GM0362', label: 'Amstelveen' },
  { value: 'GM0344', label: 'Utrecht' },
  { value: 'GM0080', label: 'Leeuwarden' },
  { value: 'GM0096', label: 'Súdwest-Fryslân' },
];

function Harness({ initial = [] as string[] }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <>
      <MultiSelectField label="Voorkeursgemeenten" name="preferred" options={options} value={value} onChange={setValue} />
      <output data-testid="value">{value.join(',')}</output>
    </>
  );
}

const box = () => screen.getByRole('combobox', { name: 'Voorkeursgemeenten' });
const value = () => screen.getByTestId('value').textContent;

describe('MultiSelectField', () => {
  it('filters as one types and picks with the keyboard, keeping the list open for the next', async () => {
    render(<Harness />);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    await userEvent.type(box(), 'ams');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Voorkeursgemeenten' });
    expect(listbox.getAttribute('aria-multiselectable')).toBe('true');
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['Amsterdam', 'Amstelveen']);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(box().getAttribute('aria-activedescendant')).toBe(within(listbox).getByRole('option', { name: 'Amstelveen' }).id);
    await userEvent.keyboard('{Enter}');
    expect(value()).toBe('GM0362');
    expect(box()).toHaveProperty('value', '');
    expect(screen.getByRole('button', { name: 'Amstelveen verwijderen' })).toBeTruthy();
    expect(document.activeElement).toBe(box());
  });

  it('ignores case and accents, and Enter without a choice does not submit anything', async () => {
    render(<Harness />);
    await userEvent.type(box(), 'fryslan');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Súdwest-Fryslân']);
    await userEvent.keyboard('{Enter}');
    expect(value()).toBe('');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(value()).toBe('GM0096');
  });

  it('shows chosen options as selected, and picking one again removes it', async () => {
    render(<Harness initial={['GM0344']} />);
    await userEvent.type(box(), 'utr');
    const option = screen.getByRole('option', { name: /Utrecht/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    await userEvent.click(option);
    expect(value()).toBe('');
  });

  it('removes a chip with its button or Backspace in the empty box, and Escape closes the list', async () => {
    render(<Harness initial={['GM0363', 'GM0344']} />);
    const chips = screen.getByRole('list', { name: 'Gekozen: Voorkeursgemeenten' });
    expect(within(chips).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['Amsterdam×', 'Utrecht×']);
    await userEvent.click(screen.getByRole('button', { name: 'Amsterdam verwijderen' }));
    expect(value()).toBe('GM0344');
    expect(document.activeElement).toBe(box());
    await userEvent.keyboard('{Backspace}');
    expect(value()).toBe('');
    await userEvent.type(box(), 'leeu');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box()).toHaveProperty('value', 'leeu');
  });
});
