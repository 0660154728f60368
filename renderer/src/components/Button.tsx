/** A GOV.UK button; `variant` picks the secondary or warning style. */
import type { ButtonHTMLAttributes, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'warning';
  isSmall?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', isSmall = false, className = '', type = 'button', ...rest }: ButtonProps) {
  const classes = ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, isSmall && 'app-button--small', className]
    .filter(Boolean).join(' ');
  return <button type={type} className={classes} data-module="govuk-button" {...rest} />;
}
