import { describe, expect, it } from 'vitest';
import { chairPlacement, chooseExternalDisplay, type DisplayLike } from '../../../electron/shell/displays';

function display(id: number, x: number, width: number, height: number, internal = false): DisplayLike {
  const bounds = { x, y: 0, width, height };
  return { id, bounds, workArea: { ...bounds, height: height - 40 }, internal };
}

const laptop = display(1, 0, 1920, 1080, true);
const projector = display(2, 1920, 1280, 720);
const bigTv = display(3, 3200, 3840, 2160);

describe('chooseExternalDisplay', () => {
  it('finds nothing with a single screen', () => {
    expect(chooseExternalDisplay([laptop], laptop.id)).toBeNull();
  });

  it('picks the one that is not primary', () => {
    expect(chooseExternalDisplay([laptop, projector], laptop.id)).toBe(projector);
  });

  it('prefers the largest of several external screens', () => {
    expect(chooseExternalDisplay([laptop, projector, bigTv], laptop.id)).toBe(bigTv);
  });

  it('prefers an external screen to a built-in one when the primary is external', () => {
    expect(chooseExternalDisplay([projector, laptop, bigTv], bigTv.id)).toBe(projector);
  });
});

describe('chairPlacement', () => {
  it('goes full screen over the whole external display', () => {
    expect(chairPlacement([laptop, projector], laptop)).toEqual({ display: projector, fullscreen: true, bounds: projector.bounds });
  });

  it('opens a centred window on the only screen, not full screen', () => {
    const placement = chairPlacement([laptop], laptop);
    expect(placement.fullscreen).toBe(false);
    expect(placement.display).toBe(laptop);
    expect(placement.bounds).toEqual({ x: 192, y: 104, width: 1536, height: 832 });
  });
});
