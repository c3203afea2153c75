// The layout viewport's size without scrollbars. documentElement.clientWidth/Height is that in
// standards mode, but in quirks mode (saved pages without a doctype, such as the BBC's) it is the
// whole document's size and the body's client size is the viewport.
export function viewportSize(): { width: number; height: number } {
  const box = document.compatMode === 'BackCompat' && document.body ? document.body : document.documentElement;
  return { width: box.clientWidth, height: box.clientHeight };
}
