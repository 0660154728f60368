/** GOV.UK tag: a short status label (the text carries the meaning, colour only supports it). */
export function Tag({ text, colour }: { text: string; colour?: 'grey' | 'green' | 'blue' | 'yellow' | 'red' | 'purple' | 'orange' | 'turquoise' }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{text}</strong>;
}
