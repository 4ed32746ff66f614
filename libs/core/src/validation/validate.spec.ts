import { z } from 'zod';
import { onSentFields, validateFields } from './validate.js';

const schema = z
  .object({
    name: z.string().min(1, 'Skal udfyldes.'),
    min: z.number().int().nullish(),
    max: z.number().int().nullish(),
  })
  .refine((v) => !v.name.startsWith('x'), { path: ['name'], message: 'Ikke x.' });

describe('validateFields', () => {
  it('answers every field that fails, and the values of those that pass', () => {
    expect(validateFields(schema, { name: '', min: 1.5, max: 3 })).toEqual({
      value: { max: 3 },
      errors: [
        { path: 'input.name', message: 'Skal udfyldes.' },
        { path: 'input.min', message: expect.any(String) },
      ],
    });
  });

  it("runs the schema's own rules across fields once every field passed", () => {
    expect(validateFields(schema, { name: 'xy' }).errors).toEqual([{ path: 'input.name', message: 'Ikke x.' }]);
    expect(validateFields(schema, { name: 'ok', min: 2 })).toEqual({ value: { name: 'ok', min: 2 }, errors: [] });
  });
});

describe('onSentFields', () => {
  const broken = [{ fields: ['max', 'min'], message: 'Højeste skal være mindst laveste.' }];

  it('names the field sent, both when both were sent, and the first when none was', () => {
    expect(onSentFields(broken, { min: 30 }).map((e) => e.path)).toEqual(['input.min']);
    expect(onSentFields(broken, { min: 30, max: 20 }).map((e) => e.path)).toEqual(['input.max', 'input.min']);
    expect(onSentFields(broken, { name: 'x' }).map((e) => e.path)).toEqual(['input.max']);
  });

  it('leaves out a rule on a field that already failed its own check', () => {
    expect(onSentFields(broken, { min: 30, max: 'tyve' }, [{ path: 'input.max', message: 'Skal være et tal.' }])).toEqual([]);
  });
});
