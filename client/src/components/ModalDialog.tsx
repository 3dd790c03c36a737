import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './ModalDialog.css';

interface ModalDialogProps {
  readonly title: string;
  readonly className: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal dialog with a title and a Close button that has focus when it opens; Esc closes it,
 * as does the button.
 */
export const ModalDialog = ({ title, className, onClose, children }: ModalDialogProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className={`modal ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header>
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button"
          onClick={() => dialogRef.current?.close()}
          autoFocus
        >
          {t('shortcuts.close')}
        </button>
      </header>
      {children}
    </dialog>
  );
};
