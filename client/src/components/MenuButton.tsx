import {
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import './MenuButton.css';

interface MenuButtonProps {
  readonly label: string;
  /** What the menu holds: groups of command buttons. */
  readonly children: ReactNode;
  readonly className?: string;
  /**
   * Whether running a command closes the menu (the default). A menu that reports on what
   * its commands did, as the export menu does, stays open.
   */
  readonly closeOnCommand?: boolean;
}

/** The usable buttons of the panel, in order. */
const panelButtons = (panel: HTMLElement | null) => [
  ...(panel?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
];

/**
 * A button that opens a panel of commands below it. Opening it moves focus to its first
 * command; Up and Down move between commands; Escape, a click outside or focus leaving it
 * closes it, and focus returns to the button whenever the panel it stood in closes.
 */
export const MenuButton = ({
  label,
  children,
  className,
  closeOnCommand = true,
}: MenuButtonProps) => {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  /** Closes the panel; focus that stood in it goes back to the button, not to the page. */
  const close = () => {
    const focusInPanel = panelRef.current?.contains(document.activeElement) ?? false;
    setOpen(false);
    if (focusInPanel) triggerRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panelButtons(panelRef.current)[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      triggerRef.current?.focus();
      return;
    }
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const buttons = panelButtons(panelRef.current);
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (!step || index === -1) return;
    event.preventDefault();
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (open && next instanceof Node && !rootRef.current?.contains(next)) setOpen(false);
  };

  return (
    <div
      ref={rootRef}
      className={`menu-button${className ? ` ${className}` : ''}`}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <button
        ref={triggerRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
      </button>
      <div
        ref={panelRef}
        id={menuId}
        className="menu-panel"
        role="group"
        aria-label={label}
        hidden={!open}
        onClick={(event) => {
          const command = event.target instanceof Element && event.target.closest('button');
          // A command that moved focus elsewhere itself (search, a dialog) keeps it there.
          if (command && closeOnCommand) close();
        }}
      >
        {children}
      </div>
    </div>
  );
};
