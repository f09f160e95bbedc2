// Underlines under the text area. A textarea cannot style parts of its text, so a
// layer behind it holds the same text, laid out the same way, with transparent letters
// and each finding's range marked; the textarea above is transparent.

const SEVERITY_ORDER = { info: 0, warning: 1, error: 2 };

/**
 * Fills `layer` with `text`, marking every finding's range (UTF-16 offsets). Where
 * findings overlap, the most severe one colours the mark. A finding that covers no
 * text (a missing element) marks the character after it, or before it at the end.
 */
function renderHighlights(layer, text, findings) {
  const ranges = findings.map((f) => {
    let { start, end } = f;
    if (start === end) {
      if (end < text.length) end += 1;
      else if (start > 0) start -= 1;
    }
    return { start, end, severity: f.severity };
  });
  // A sweep over the range ends: at each cut, how many ranges of each severity are open.
  const changes = new Map([[0, [0, 0, 0]], [text.length, [0, 0, 0]]]);
  for (const r of ranges) {
    for (const [at, step] of [[r.start, 1], [r.end, -1]]) {
      if (!changes.has(at)) changes.set(at, [0, 0, 0]);
      changes.get(at)[SEVERITY_ORDER[r.severity]] += step;
    }
  }
  const points = [...changes.keys()].sort((a, b) => a - b);
  const open = [0, 0, 0];
  const names = ['info', 'warning', 'error'];
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i += 1) {
    changes.get(points[i]).forEach((step, level) => {
      open[level] += step;
    });
    const piece = text.slice(points[i], points[i + 1]);
    const level = open[2] > 0 ? 2 : open[1] > 0 ? 1 : open[0] > 0 ? 0 : -1;
    if (level < 0) {
      fragment.append(piece);
    } else {
      const mark = document.createElement('mark');
      mark.dataset.severity = names[level];
      mark.textContent = piece;
      fragment.append(mark);
    }
  }
  // A final newline needs something after it, or the layer is a line shorter.
  fragment.append('\u200b');
  layer.replaceChildren(fragment);
}
