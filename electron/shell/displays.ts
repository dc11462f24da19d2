/**
 * Where the chair display goes. Pure: takes the shapes of Electron's screen.getAllDisplays()
 * and screen.getPrimaryDisplay() so it is tested without Electron.
 */

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
  internal?: boolean;
}

export interface ChairPlacement {
  display: DisplayLike;
  /** Full screen only on a display of its own: on the minute-taker's screen it stays a window. */
  fullscreen: boolean;
  bounds: Rectangle;
}

/**
 * An external display (projector, TV) when there is one: the first non-primary display,
 * preferring non-built-in screens, then the largest. Otherwise null.
 */
export function chooseExternalDisplay(displays: readonly DisplayLike[], primaryId: number): DisplayLike | null {
  const others = displays.filter((display) => display.id !== primaryId);
  if (others.length === 0) return null;
  const ranked = [...others].sort((a, b) => {
    const builtIn = Number(a.internal === true) - Number(b.internal === true);
    if (builtIn !== 0) return builtIn;
    return area(b.bounds) - area(a.bounds);
  });
  return ranked[0] ?? null;
}

/** Full screen on an external display; a large window on the primary display when there is none. */
export function chairPlacement(displays: readonly DisplayLike[], primary: DisplayLike): ChairPlacement {
  const external = chooseExternalDisplay(displays, primary.id);
  if (external) return { display: external, fullscreen: true, bounds: { ...external.bounds } };
  const { x, y, width, height } = primary.workArea;
  const windowWidth = Math.round(width * 0.8);
  const windowHeight = Math.round(height * 0.8);
  return {
    display: primary,
    fullscreen: false,
    bounds: { x: x + Math.round((width - windowWidth) / 2), y: y + Math.round((height - windowHeight) / 2), width: windowWidth, height: windowHeight },
  };
}

function area(rect: Rectangle): number {
  return rect.width * rect.height;
}
