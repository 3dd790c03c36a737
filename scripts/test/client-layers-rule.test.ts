import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { clientLayers } from '../../eslint-rules/client-layers.js';
import { repoRoot } from '../src/lib/paths';

RuleTester.describe = describe;
RuleTester.it = it;

const options = [
  {
    layers: [['app'], ['components'], ['view'], ['graph', 'export'], ['api']],
    root: 'client/src',
    entries: ['main'],
  },
];
const file = (relative: string) => path.join(repoRoot, 'client/src', relative);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });

tester.run('client-layers', clientLayers, {
  valid: [
    {
      filename: file('components/A.tsx'),
      code: "import { x } from '../view/view-store';",
      options,
    },
    { filename: file('components/A.tsx'), code: "import { B } from './B';", options },
    { filename: file('graph/deep/a.ts'), code: "import { f } from '../../api/fetch';", options },
    { filename: file('main.tsx'), code: "import { App } from './app/App';", options },
    { filename: file('graph/a.ts'), code: "import { z } from 'zod';", options },
  ],
  invalid: [
    {
      filename: file('view/a.ts'),
      code: "import { A } from '../components/A';",
      options,
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: file('graph/deep/a.ts'),
      code: "const A = import('../../app/App');",
      options,
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: file('graph/a.ts'),
      code: "export * from '../export/png';",
      options,
      errors: [{ messageId: 'sideways' }],
    },
    {
      filename: file('api/a.ts'),
      code: "import '../main';",
      options,
      errors: [{ messageId: 'entry' }],
    },
    {
      filename: file('utils/a.ts'),
      code: 'export const a = 1;',
      options,
      errors: [{ messageId: 'unplaced' }],
    },
  ],
});
