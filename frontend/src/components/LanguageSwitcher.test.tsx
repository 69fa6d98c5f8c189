import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

describe('LanguageSwitcher', () => {
  it('starts in Dutch', () => {
    render(<LanguageSwitcher />);
    expect(i18n.language).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to Ukrainian, sets <html lang> and remembers the choice', async () => {
    render(<LanguageSwitcher />);
    const ukrainian = screen.getByRole('button', { name: 'Українська' });
    expect(ukrainian.getAttribute('lang')).toBe('uk');
    await userEvent.click(ukrainian);
    expect(document.documentElement.lang).toBe('uk');
    expect(localStorage.getItem('onderdak.language')).toBe('uk');
    expect(screen.getByRole('group', { name: 'Мова' })).toBeDefined();
    expect(ukrainian.getAttribute('aria-pressed')).toBe('true');
  });
});
