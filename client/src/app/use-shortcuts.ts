import { useEffect } from 'react';
import { commandForKey, type CommandContext } from '../actions/commands';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Runs a command when its key is pressed outside text fields. */
export const useShortcuts = (context: CommandContext): void => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      const command = commandForKey(event.key);
      if (command?.enabled(context)) {
        event.preventDefault();
        command.run(context);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [context]);
};
