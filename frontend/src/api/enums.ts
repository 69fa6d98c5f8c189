/** The value if it is one of `choices`, else undefined: for values read from a URL or a form. */
export function oneOf<T extends string>(choices: readonly T[], value: string | null | undefined): T | undefined {
  return choices.find((choice) => choice === value);
}
