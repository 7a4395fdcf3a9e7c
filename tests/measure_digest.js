// What tests/test_render_browser.py measures in the laid-out digest `doc` (the phone's iframe):
// the widths, the contrast of every piece of text, the urgent item against an ordinary one, the
// phone number's line boxes and the summary's height. Returns a plain object, read as JSON.
function measureDigest(doc) {
  var win = doc.defaultView;
  function rgba(text) {
    var v = text.match(/[\d.]+/g).map(Number);
    return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1];
  }
  function over(top, under) {  // `top` with its alpha, painted over an opaque `under`
    return [0, 1, 2].map(function (k) { return top[k] * top[3] + under[k] * (1 - top[3]); });
  }
  function luminance(c) {
    var l = c.map(function (v) {
      v = v / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }
  function background(el) {  // the first ancestor's background that is not transparent
    var layers = [];
    for (var e = el; e; e = e.parentElement) {
      var c = rgba(win.getComputedStyle(e).backgroundColor);
      if (c[3] > 0) { layers.push(c); }
      if (c[3] >= 1) { break; }
    }
    var base = [255, 255, 255];  // the canvas
    for (var i = layers.length - 1; i >= 0; i--) { base = over(layers[i], base); }
    return base;
  }
  function ownText(el) {
    var text = "";
    el.childNodes.forEach(function (n) { if (n.nodeType === 3) { text += n.textContent; } });
    return text.trim();
  }
  var texts = [];
  doc.body.querySelectorAll("*").forEach(function (el) {
    var text = ownText(el);
    if (!text || el.getClientRects().length === 0) { return; }
    var style = win.getComputedStyle(el);
    var bg = background(el);
    var fg = over(rgba(style.color), bg);
    var a = luminance(fg), b = luminance(bg);
    var size = parseFloat(style.fontSize), weight = parseInt(style.fontWeight, 10);
    var large = size >= 24 || (size >= 18.66 && weight >= 700);
    texts.push({
      text: text.slice(0, 60), color: style.color, background: "rgb(" + bg.join(", ") + ")",
      ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), needed: large ? 3 : 4.5,
    });
  });
  function itemAfter(heading) {  // the first item below the section heading that says `heading`
    var cells = Array.prototype.slice.call(doc.querySelectorAll("td.heading"));
    var cell = cells.filter(function (c) { return c.textContent.indexOf(heading) === 0; })[0];
    var row = cell && cell.parentElement.nextElementSibling;
    return row && row.querySelector("td");
  }
  function look(td) {
    if (!td) { return null; }
    var s = win.getComputedStyle(td);
    return {
      borderLeft: s.borderLeftWidth + " " + s.borderLeftStyle + " " + s.borderLeftColor,
      background: background(td).join(","), text: td.innerText,
    };
  }
  var phones = [];
  var walker = doc.createTreeWalker(doc.body, 4);  // NodeFilter.SHOW_TEXT
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var found = /\+?\d[\d ().-]{6,}\d/.exec(node.textContent);
    if (!found) { continue; }
    var range = doc.createRange();
    range.setStart(node, found.index);
    range.setEnd(node, found.index + found[0].length);
    var tops = {};
    Array.prototype.forEach.call(range.getClientRects(), function (r) { tops[Math.round(r.top)] = 1; });
    phones.push({ phone: found[0], lines: Object.keys(tops).length });
  }
  var summary = doc.querySelector(".summary");
  var boldChars = 0, allChars = 0;
  var inSummary = doc.createTreeWalker(summary, 4);
  for (var t = inSummary.nextNode(); t; t = inSummary.nextNode()) {
    var n = t.textContent.replace(/\s/g, "").length;
    allChars += n;
    if (parseInt(win.getComputedStyle(t.parentElement).fontWeight, 10) >= 600) { boldChars += n; }
  }
  var summaryStyle = win.getComputedStyle(summary);
  var lineHeight = parseFloat(summaryStyle.lineHeight) || 1.2 * parseFloat(summaryStyle.fontSize);
  var box = summary.getBoundingClientRect();
  return {
    width: doc.documentElement.clientWidth,
    scrollWidth: doc.documentElement.scrollWidth,
    height: doc.documentElement.scrollHeight,
    texts: texts,
    urgent: look(itemAfter("Urgent")),
    ordinary: look(itemAfter("Needs a reply")),
    phones: phones,
    summary: {
      lines: (box.height - parseFloat(summaryStyle.paddingTop) - parseFloat(summaryStyle.paddingBottom)) / lineHeight,
      bold: allChars ? boldChars / allChars : 0,
    },
    text: doc.body.innerText,
  };
}
