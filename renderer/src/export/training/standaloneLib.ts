/**
 * The logic of the standalone course page as plain browser JavaScript (a string, inlined
 * into the page and allowed by its CSP hash). It mirrors domain/training: the order of
 * steps (attempt.ts nextStep), the canonical JSON and SHA-256 of the results file
 * (resultsFile.ts, sha256.ts). standaloneHtml.test.ts runs it against the domain so the
 * two cannot drift apart.
 */
export const STANDALONE_LIB = String.raw`
function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
function sha256Hex(text) {
  var K = [0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2];
  var bytes = new TextEncoder().encode(text);
  var len = ((bytes.length + 9 + 63) >> 6) << 6;
  var p = new Uint8Array(len); p.set(bytes); p[bytes.length] = 0x80;
  var dv = new DataView(p.buffer);
  dv.setUint32(len - 8, Math.floor(bytes.length * 8 / 0x100000000)); dv.setUint32(len - 4, (bytes.length * 8) >>> 0);
  var h = [0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19];
  var w = new Array(64);
  function r(x, n) { return (x >>> n) | (x << (32 - n)); }
  for (var o = 0; o < len; o += 64) {
    for (var i = 0; i < 16; i++) w[i] = dv.getUint32(o + i * 4);
    for (i = 16; i < 64; i++) w[i] = (w[i-16] + (r(w[i-15],7) ^ r(w[i-15],18) ^ (w[i-15] >>> 3)) + w[i-7] + (r(w[i-2],17) ^ r(w[i-2],19) ^ (w[i-2] >>> 10))) >>> 0;
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (i = 0; i < 64; i++) {
      var t1 = (k + (r(e,6) ^ r(e,11) ^ r(e,25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      var t2 = ((r(a,2) ^ r(a,13) ^ r(a,22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      k = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    h = [h[0]+a, h[1]+b, h[2]+c, h[3]+d, h[4]+e, h[5]+f, h[6]+g, h[7]+k].map(function (x) { return x >>> 0; });
  }
  return h.map(function (x) { return ('00000000' + x.toString(16)).slice(-8); }).join('');
}
function canonicalJson(v) {
  if (Array.isArray(v)) return '[' + v.map(canonicalJson).join(',') + ']';
  if (v !== null && typeof v === 'object') {
    return '{' + Object.keys(v).filter(function (k) { return v[k] !== undefined; }).sort()
      .map(function (k) { return JSON.stringify(k) + ':' + canonicalJson(v[k]); }).join(',') + '}';
  }
  var s = JSON.stringify(v);
  return s === undefined ? 'null' : s;
}
function scenarioPosition(s, path) {
  var step = s.steps[0];
  for (var i = 0; i < path.length; i++) {
    var choice = step && step.choices.find(function (c) { return c.id === path[i]; });
    if (!choice || choice.next === undefined) return null;
    step = s.steps.find(function (x) { return x.id === choice.next; });
  }
  return step || null;
}
function nextStep(course, a) {
  var i = course.check.findIndex(function (id) { return !has(a.pre, id); });
  if (i >= 0) return { kind: 'check', phase: 'pre', questionId: course.check[i], index: i, count: course.check.length };
  var mods = course.modules.filter(function (m) { return a.moduleIds.indexOf(m.id) >= 0; });
  for (var m = 0; m < mods.length; m++) {
    var mod = mods[m];
    var q = mod.questions.findIndex(function (x) { return !has(a.answers, x.id); });
    if (q >= 0) return { kind: 'question', module: mod, questionId: mod.questions[q].id, index: q, count: mod.questions.length };
    for (var s = 0; s < mod.scenarios.length; s++) {
      var path = a.answers[mod.scenarios[s].id] || [];
      var step = scenarioPosition(mod.scenarios[s], path);
      if (step) return { kind: 'scenario', module: mod, scenario: mod.scenarios[s], step: step, path: path };
    }
  }
  i = course.check.findIndex(function (id) { return !has(a.post, id); });
  if (i >= 0) return { kind: 'check', phase: 'post', questionId: course.check[i], index: i, count: course.check.length };
  return { kind: 'done' };
}
`;
