import { describe, expect, it } from 'vitest';
import { inReadingOrder } from './talentGrid';

describe('inReadingOrder', () => {
  it('lays the API’s boxes out by their axes, 9 top-right and 1 bottom-left, whatever order they come in', () => {
    // The boxes as the API gives them (box order 1-9), each with the axes the regulation's table assigns.
    const boxes = [
      { box: 1, kinerja: 'DI_BAWAH', potensial: 'RENDAH' },
      { box: 2, kinerja: 'SESUAI', potensial: 'RENDAH' },
      { box: 3, kinerja: 'DI_BAWAH', potensial: 'MENENGAH' },
      { box: 4, kinerja: 'DI_ATAS', potensial: 'RENDAH' },
      { box: 5, kinerja: 'SESUAI', potensial: 'MENENGAH' },
      { box: 6, kinerja: 'DI_BAWAH', potensial: 'TINGGI' },
      { box: 7, kinerja: 'DI_ATAS', potensial: 'MENENGAH' },
      { box: 8, kinerja: 'SESUAI', potensial: 'TINGGI' },
      { box: 9, kinerja: 'DI_ATAS', potensial: 'TINGGI' },
    ] as const;
    expect(inReadingOrder(boxes).map((cell) => cell.box)).toEqual([6, 8, 9, 3, 5, 7, 1, 2, 4]);
    expect(inReadingOrder([...boxes].reverse()).map((cell) => cell.box)).toEqual([6, 8, 9, 3, 5, 7, 1, 2, 4]);
  });
});
