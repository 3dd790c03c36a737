/** Progress lines for long-running scripts, prefixed so they stand out from child output. */
export const step = (message: string): void => {
  process.stdout.write(`\u001b[36m▸\u001b[0m ${message}\n`);
};

export const done = (message: string): void => {
  process.stdout.write(`\u001b[32m✓\u001b[0m ${message}\n`);
};

export const warn = (message: string): void => {
  process.stderr.write(`\u001b[33m!\u001b[0m ${message}\n`);
};

/** An error the user can act on: printed without a stack trace. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Runs a script's main function, printing user errors plainly and exiting non-zero on failure. */
export const runMain = (main: () => Promise<unknown>): void => {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UserError) {
        process.stderr.write(`\u001b[31m✗\u001b[0m ${error.message}\n`);
      } else {
        console.error(error);
      }
      process.exitCode = 1;
    },
  );
};
