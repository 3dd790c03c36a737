import { useEffect } from 'react';
import { commandForKey, type CommandContext } from '../actions/commands';

const NOT_TYPED = new Set(['checkbox', 'radio', 'range', 'button']);

/** Whether keys pressed here are the field's own: text, selects and dialogs. */
const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    (target instanceof HTMLInputElement && !NOT_TYPED.has(target.type)) ||
    ['TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('dialog') !== null);

/** Runs a command when its key is pressed outside text fields and dialogs. */
export const useShortcuts = (context: CommandContext): void => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || isEditable(event.target)) return;
      // Ctrl+Z (⌘Z) undoes as z does, Ctrl+Shift+Z and Ctrl+Y redo as Shift+Z does; other
      // chords belong to the browser.
      const chord = event.ctrlKey || event.metaKey;
      const key = chord && event.key === 'y' ? 'Z' : event.key;
      if (chord && key !== 'z' && key !== 'Z') return;
      const command = commandForKey(key);
      if (command?.enabled(context)) {
        event.preventDefault();
        command.run(context);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [context]);
};
