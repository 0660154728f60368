/**
 * The standalone course page's screens, as plain browser JavaScript (see standaloneLib.ts
 * for why a string). It builds every element with textContent, never markup, so course
 * and participant text can never become HTML. Native form controls keep it keyboard-first;
 * each screen moves focus to its heading.
 */
export const STANDALONE_PAGE = String.raw`
(function () {
  var data = JSON.parse(document.getElementById('course-data').textContent);
  var course = data.course, cohort = data.cohort;
  var main = document.getElementById('main');
  var questions = {};
  course.modules.forEach(function (m) { m.questions.forEach(function (q) { questions[q.id] = q; }); });
  var attempt = null;
  var uid = 0;
  // Modules whose teaching text has been shown in this sitting (not part of the results).
  var introduced = {};
  var glossary = {};
  (data.glossary || []).forEach(function (g) { glossary[g[0]] = g[1]; });
  function el(tag, props, kids) {
    var n = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') n.textContent = props[k];
      else if (k === 'on') Object.keys(props.on).forEach(function (e) { n.addEventListener(e, props.on[e]); });
      else n.setAttribute(k, props[k]);
    });
    (kids || []).forEach(function (c) { if (c) n.appendChild(c); });
    return n;
  }
  function screen(title, caption, kids) {
    var h = el('h1', { text: title, tabindex: '-1' });
    main.replaceChildren.apply(main, [caption ? el('p', { 'class': 'caption govuk-caption-m', text: caption }) : null, h].concat(kids).filter(Boolean));
    h.focus();
  }
  function errorBox(message, target) {
    var link = el('a', { href: '#' + target, text: message, on: { click: function (e) { e.preventDefault(); document.getElementById(target).focus(); } } });
    return el('div', { 'class': 'error-summary', role: 'alert', tabindex: '-1' }, [el('h2', { text: 'There is a problem' }), el('p', {}, [link])]);
  }
  function now() { return new Date().toISOString(); }
  function newId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16)); b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var x = Array.prototype.map.call(b, function (v) { return ('0' + v.toString(16)).slice(-2); }).join('');
    return x.slice(0, 8) + '-' + x.slice(8, 12) + '-' + x.slice(12, 16) + '-' + x.slice(16, 20) + '-' + x.slice(20);
  }
  function field(id, label, input, hint) {
    return el('div', { 'class': 'field' }, [el('label', { 'for': id, text: label }), hint ? el('p', { 'class': 'hint', id: id + '-hint', text: hint }) : null, input]);
  }
  function start(problem) {
    var code = el('input', { id: 'code', name: 'code', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'code-hint' });
    var sector = el('select', { id: 'sector', name: 'sector' }, data.sectors.map(function (s) { return el('option', { value: s[0], text: s[1] }); }));
    var agency = el('input', { id: 'agency', name: 'agency', autocomplete: 'organization' });
    var role = el('input', { id: 'role', name: 'role', autocomplete: 'organization-title' });
    var form = el('form', { novalidate: 'novalidate', on: { submit: function (e) {
      e.preventDefault();
      var c = code.value.trim(), r = role.value.trim(), a = agency.value.trim();
      if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/.test(c)) return start({ text: 'Enter a participant code of 1 to 20 letters, digits or hyphens', target: 'code' });
      if (!r) return start({ text: 'Enter your role', target: 'role' });
      var t = now();
      attempt = { id: newId(), cohortId: cohort ? cohort.id : 'self-study', courseId: course.id, courseVersion: course.version,
        participant: { code: c, sector: sector.value, role: r.slice(0, 120) }, moduleIds: data.moduleIds, pre: {}, answers: {}, post: {}, createdAt: t, updatedAt: t };
      if (a) attempt.participant.agency = a.slice(0, 120);
      render();
    } } }, [
      field('code', 'Participant code', code, 'The code your facilitator gave you. Never your name.'),
      field('sector', 'Sector', sector), field('agency', 'Agency (optional)', agency), field('role', 'Role', role),
      el('button', { type: 'submit', text: 'Start the course' })]);
    screen(course.title, cohort ? cohort.name : 'Self-study', [problem ? errorBox(problem.text, problem.target) : null,
      el('p', { text: course.summary }), el('p', { text: 'You answer a short check, then the modules, then the check again. Your answers stay on this computer until you save your results file.' }), form]);
  }
  function choicesFieldset(legend, choices, multiple, errorText) {
    var name = 'c' + (++uid);
    var fs = el('fieldset', errorText ? { 'aria-describedby': name + '-error' } : {}, [el('legend', { text: legend })]);
    if (errorText) fs.appendChild(el('p', { 'class': 'error', id: name + '-error', text: 'Error: ' + errorText }));
    choices.forEach(function (c, i) {
      var id = name + '-' + i;
      fs.appendChild(el('div', { 'class': 'choice' }, [el('input', { type: multiple ? 'checkbox' : 'radio', name: name, id: id, value: c.id }), el('label', { 'for': id, text: c.text })]));
    });
    return fs;
  }
  function chosen(fs) { return Array.prototype.filter.call(fs.querySelectorAll('input'), function (i) { return i.checked; }).map(function (i) { return i.value; }); }
  function ask(title, caption, legend, choices, multiple, onAnswer, errorText, lead) {
    var fs = choicesFieldset(legend, choices, multiple, errorText);
    var form = el('form', { novalidate: 'novalidate', on: { submit: function (e) {
      e.preventDefault();
      var ids = chosen(fs);
      if (!ids.length) return ask(title, caption, legend, choices, multiple, onAnswer, multiple ? 'Select at least one answer' : 'Select an answer', lead);
      onAnswer(ids);
    } } }, [fs, el('button', { type: 'submit', text: 'Submit answer' })]);
    screen(title, caption, [errorText ? errorBox(errorText, fs.querySelector('input').id) : null, lead ? el('p', { text: lead }) : null, form]);
    var first = fs.querySelector('input'); if (errorText && first) first.focus();
  }
  function feedback(title, caption, right, text, button) {
    screen(title, caption, [el('div', { 'class': 'feedback', role: 'status' }, [el('p', { 'class': 'verdict', text: right }), el('p', { text: text })]),
      el('button', { type: 'button', text: button, on: { click: render } })]);
  }
  function intro(module) {
    var n = module.questions.length;
    var terms = (module.glossary || []).filter(function (t) { return glossary[t]; });
    var list = terms.length ? el('dl', {}, [].concat.apply([], terms.map(function (t) { return [el('dt', { text: t }), el('dd', { text: glossary[t] })]; }))) : null;
    screen(module.title, 'Module', [el('p', { 'class': 'lead', text: module.summary })]
      .concat(module.content.map(function (text) { return el('p', { text: text }); }))
      .concat([terms.length ? el('h2', { text: 'Words and abbreviations' }) : null, list,
        el('button', { type: 'button', text: 'Start the ' + (n === 1 ? 'question' : 'questions') + (module.scenarios.length ? ' and scenarios' : ''),
          on: { click: function () { introduced[module.id] = true; render(); } } })]));
  }
  function same(a, b) { return a.length === b.length && a.every(function (x) { return b.indexOf(x) >= 0; }); }
  function save(part, id, ids, isScenario) {
    attempt[part][id] = isScenario ? (attempt[part][id] || []).concat(ids) : ids;
    attempt.updatedAt = now();
    if (nextStep(course, attempt).kind === 'done') attempt.completedAt = attempt.updatedAt;
  }
  function render() {
    var step = nextStep(course, attempt);
    if (step.kind === 'check') {
      var q = questions[step.questionId];
      var title = (step.phase === 'pre' ? 'Check before the course' : 'Check after the course');
      return ask(title, 'Question ' + (step.index + 1) + ' of ' + step.count, q.prompt, q.choices, q.correct.length > 1, function (ids) { save(step.phase, q.id, ids, false); render(); });
    }
    if ((step.kind === 'question' || step.kind === 'scenario') && !introduced[step.module.id]) return intro(step.module);
    if (step.kind === 'question') {
      var qq = questions[step.questionId];
      return ask(step.module.title, 'Question ' + (step.index + 1) + ' of ' + step.count, qq.prompt, qq.choices, qq.correct.length > 1, function (ids) {
        save('answers', qq.id, ids, false);
        feedback(step.module.title, 'Question ' + (step.index + 1) + ' of ' + step.count, same(ids, qq.correct) ? 'Right.' : 'Not quite.', qq.explanation, 'Next');
      });
    }
    if (step.kind === 'scenario') {
      var caption = 'Scenario: ' + step.scenario.title + ', step ' + (step.path.length + 1);
      var lead = (step.path.length === 0 ? step.scenario.setting + ' ' : '') + 'What do you do?';
      return ask(step.module.title, caption, step.step.situation, step.step.choices, false, function (ids) {
        var c = step.step.choices.find(function (x) { return x.id === ids[0]; });
        save('answers', step.scenario.id, ids, true);
        feedback(step.module.title, caption, c.best ? 'The best choice.' : 'Not the best choice.', c.feedback, c.next === undefined ? 'Finish the scenario' : 'Continue the scenario');
      }, null, lead);
    }
    finish();
  }
  function finish() {
    var body = { format: 'local-review-training-results', formatVersion: 1, courseId: course.id, courseVersion: course.version,
      exportedAt: now(), cohort: cohort, attempts: [attempt] };
    var file = Object.assign({}, body, { integrity: { algorithm: 'SHA-256', digest: sha256Hex(canonicalJson(body)) } });
    var link = el('a', { 'class': 'button', href: 'data:application/json;charset=utf-8,' + encodeURIComponent(JSON.stringify(file, null, 1)),
      download: 'training-results-' + attempt.participant.code + '.json', text: 'Save your results file' });
    screen('You have finished the course', course.title, [
      el('p', { text: 'Save your results file and give it to your facilitator, who imports it. Your score and certificate come from them.' }), link]);
  }
  start(null);
})();
`;
