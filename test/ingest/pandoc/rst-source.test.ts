// reStructuredText prepared for pandoc's reader, line for line, where Sphinx reads what pandoc does not.
import { describe, expect, it } from 'vitest';
import { prepareRst } from '../../../scripts/ingest/pandoc/rst-source.js';

describe('prepareRst', () => {
  it('expands tabs to 8 columns and lengthens a title underline that is too short, as docutils reads them', () => {
    const { text } = prepareRst(
      'Introduction to GPU programming\n--------\n\n.. tab:: python\n\n\t.. code-block:: python\n',
    );
    expect(text).toBe(
      'Introduction to GPU programming\n-------------------------------\n\n.. tab:: python\n\n        .. code-block:: python\n',
    );
  });

  it("reads IPython's directive as Python code, its prompts and decorators gone", () => {
    const { text } = prepareRst(
      '.. ipython:: python\n   :suppress:\n\n   In [1]: x = 2\n   ...: y = 3\n   @savefig plot.png\n   In [2]: plot(x)\n\nAfter.',
    );
    expect(text).toBe('.. code-block:: python\n\n\n   x = 2\n   y = 3\n\n   plot(x)\n\nAfter.');
  });

  it("lists each directive's arguments and the files literalinclude names", () => {
    const { facts } = prepareRst(
      '.. demo:: Demo: Numba ufunc\n\n   .. literalinclude:: example/math_cpu.py\n      :language: python\n',
    );
    expect(facts.includes).toEqual(['example/math_cpu.py']);
    expect(facts.arguments.get('demo')).toEqual(new Set(['Demo: Numba ufunc']));
  });
});
