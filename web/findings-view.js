// The list of findings beside the text: one `li[data-rule]` per finding (a test
// contract), with its place, message, help, explanation and fix button.

/** Text with `code` spans (as rule explanations write them) as nodes, never as HTML. */
function withCode(text) {
  const fragment = document.createDocumentFragment();
  text.split('`').forEach((part, i) => {
    if (i % 2 === 1) {
      const code = document.createElement('code');
      code.textContent = part;
      fragment.append(code);
    } else {
      fragment.append(part);
    }
  });
  return fragment;
}

function element(tag, className, children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (children !== undefined) node.append(...[].concat(children));
  return node;
}

/** The `<details>` explaining a rule, filled when first opened. */
function explanation(rule, lang, explain) {
  const details = element('details', 'explanation');
  details.append(element('summary', null, say(lang, 'explanation')));
  details.addEventListener(
    'toggle',
    () => {
      const doc = explain(rule);
      if (!doc) return;
      details.append(element('p', null, withCode(doc.explanation)));
      for (const example of doc.examples.slice(0, 1)) {
        details.append(
          element('p', 'example-label', say(lang, 'wrong')),
          element('pre', 'example bad', example.bad),
          element('p', 'example-label', say(lang, 'right')),
          element('pre', 'example good', example.good),
        );
      }
    },
    { once: true },
  );
  return details;
}

/** The fix button's label, which says how far to trust the fix. */
function fixLabel(lang, fix) {
  const key = fix.applicability === 'safe' ? 'applyFix' : fix.applicability === 'unsafe' ? 'applyUnsafe' : 'suggestion';
  return say(lang, key, { title: fix.title });
}

/**
 * Renders `findings` into the list. `actions.goto(finding)` selects its text;
 * `actions.fix(finding)` applies its fix; `actions.explain(rule)` documents a rule.
 */
function renderFindings(list, findings, lang, actions) {
  const items = findings.map((f) => {
    const li = element('li', `finding severity-${f.severity}`);
    li.dataset.rule = f.rule;
    li.dataset.severity = f.severity;
    const where = element('button', 'goto', say(lang, 'lineCol', f));
    where.type = 'button';
    where.setAttribute('aria-label', say(lang, 'gotoLabel', f));
    where.addEventListener('click', () => actions.goto(f));
    li.append(
      element('div', 'finding-head', [element('span', 'severity', say(lang, f.severity)), where, element('code', 'rule', f.rule)]),
      element('p', 'message', withCode(f.message)),
    );
    if (f.help) li.append(element('p', 'help', withCode(f.help)));
    if (f.note) li.append(element('p', 'note', withCode(f.note)));
    if (f.fix && f.fix.applicability !== 'display-only') {
      const button = element('button', 'apply-fix', fixLabel(lang, f.fix));
      button.type = 'button';
      button.dataset.applicability = f.fix.applicability;
      button.addEventListener('click', () => actions.fix(f));
      li.append(button);
    } else if (f.fix) {
      li.append(element('p', 'suggestion', fixLabel(lang, f.fix)));
    }
    li.append(explanation(f.rule, lang, actions.explain));
    return li;
  });
  list.replaceChildren(...items);
}
