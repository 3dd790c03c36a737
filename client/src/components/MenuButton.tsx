import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './MenuButton.css';

interface MenuButtonProps {
  readonly label: string;
  /** What the menu holds; a click on any button in it closes the menu. */
  readonly children: ReactNode;
  readonly className?: string;
}

/**
 * A button that opens a panel of commands below it. Escape, a click outside or running a
 * command closes it; opening it moves focus to its first command.
 */
export const MenuButton = ({ label, children, className }: MenuButtonProps) => {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className={`menu-button${className ? ` ${className}` : ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          rootRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
        }
      }}
    >
      <button
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
          if (event.target instanceof HTMLElement && event.target.closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
};
