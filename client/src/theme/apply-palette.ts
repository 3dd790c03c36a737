import { fonts, kindColours, palette } from './palette';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The palette as CSS custom properties: `--ink`, `--selection-soft`, `--kind-party-organ`,
 * `--font-ui` … The stylesheets use only these, never colour literals.
 */
export const paletteProperties = (): [string, string][] => [
  ...Object.entries(palette).map(([name, value]): [string, string] => [`--${kebab(name)}`, value]),
  ...Object.entries(kindColours).map(([kind, value]): [string, string] => [
    `--kind-${kind}`,
    value,
  ]),
  ['--font-ui', fonts.ui],
];

/** Sets the palette's custom properties on an element (the document root, once, at start). */
export const applyPalette = (element: HTMLElement): void => {
  for (const [name, value] of paletteProperties()) element.style.setProperty(name, value);
};
