using System.Text.Json;
using Microsoft.Playwright;

namespace Vigil.Server.Tests.Ui;

/// <summary>
/// Checks a page the way assistive technology and a keyboard user meet it, from the browser's computed state:
/// every form control has an accessible name (aria-labelledby, aria-label, a label, a button's text, a title);
/// body text reaches WCAG AA contrast (4.5:1, 3:1 for large text) against the background actually painted behind it;
/// a Tab walk reaches the controls in document order, each with a visible focus indicator (outline or box shadow
/// while :focus-visible). Charts drawn as SVG are images with their own text alternative and are not walked.
/// </summary>
internal static class AccessibilityAudit
{
    private const string Problems = """
        () => {
          const problems = [];
          const shown = el => { const s = getComputedStyle(el), r = el.getBoundingClientRect(); return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0; };
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '') + (el.type === 'radio' || el.type === 'checkbox' ? '=' + el.value : '');
          for (const el of document.querySelectorAll('input, select, textarea, button')) {
            if (el.type === 'hidden' || el.closest('[hidden]')) continue;
            let name = (el.getAttribute('aria-label') || '').trim();
            if (!name && el.getAttribute('aria-labelledby')) name = el.getAttribute('aria-labelledby').split(/\s+/).map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
            if (!name && el.labels) name = Array.from(el.labels).map(l => l.textContent).join(' ').trim();
            if (!name && el.tagName === 'BUTTON') name = el.textContent.trim();
            if (!name && el.title) name = el.title.trim();
            if (!name) problems.push('no accessible name: ' + describe(el));
          }
          const parse = c => { const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return null; const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const behind = el => { const layers = []; for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } } return layers.reverse().reduce((bg, c) => over(c, bg), { r: 255, g: 255, b: 255, a: 1 }); };
          const luminance = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const seen = new Set();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode.textContent.trim(), el = walker.currentNode.parentElement;
            if (!text || !el || seen.has(el) || el.closest('svg, script, style, [hidden]') || !shown(el)) continue;
            seen.add(el);
            const s = getComputedStyle(el), bg = behind(el), fg = over(parse(s.color), bg);
            const l1 = luminance(fg), l2 = luminance(bg), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            const size = parseFloat(s.fontSize), large = size >= 24 || (parseInt(s.fontWeight, 10) >= 700 && size >= 18.66);
            if (ratio < (large ? 3 : 4.5)) problems.push('contrast ' + ratio.toFixed(2) + ': ' + describe(el) + ' "' + text.slice(0, 40) + '"');
          }
          for (const el of document.querySelectorAll('[tabindex]')) {
            if (el.tabIndex > 0) problems.push('positive tabindex changes the focus order: ' + describe(el));
          }
          return problems;
        }
        """;

    // A focusable marker before everything else, so that the walk starts at the top of the page whatever has focus.
    private const string PlaceStart = """
        () => {
          const start = document.createElement('span');
          start.id = 'audit-walk-start';
          start.tabIndex = 0;
          document.body.prepend(start);
          start.focus();
        }
        """;

    private const string FocusStop = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const box = el.getBoundingClientRect();
          return JSON.stringify({
            start: el.id === 'audit-walk-start',
            order: Array.prototype.indexOf.call(document.querySelectorAll('*'), el),
            form: el.form ? Array.prototype.indexOf.call(document.forms, el.form) : -1,
            top: box.top + window.scrollY,
            bottom: box.bottom + window.scrollY,
            left: box.left + window.scrollX,
            name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '') + ' ' + (el.textContent || el.value || '').trim().slice(0, 30),
            visible: el.matches(':focus-visible') && (outline || shadow),
            inForm: !!el.closest('#assessment-form'),
            reveal: el.id === 'reveal-button',
          });
        }
        """;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Names, contrast and the Tab walk; returns the problems found (empty when none) and the walk.</summary>
    public static async Task<(List<string> Problems, List<Stop> Walk)> RunAsync(IPage page)
    {
        var problems = (await page.EvaluateAsync<string[]>(Problems)).ToList();
        var walk = new List<Stop>();
        await page.EvaluateAsync(PlaceStart);
        for (var press = 0; press < 150; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var json = await page.EvaluateAsync<string?>(FocusStop);
            if (json is null)
            {
                continue;
            }

            var stop = JsonSerializer.Deserialize<Stop>(json, JsonOptions)!;
            if (stop.Start || walk.Any(s => s.Order == stop.Order))
            {
                break;
            }

            walk.Add(stop);
            if (!stop.Visible)
            {
                problems.Add($"no visible focus indicator: {stop.Name}");
            }
        }

        // Leave the page as found (no control focused), so that the keys a test presses next mean what they meant.
        await page.EvaluateAsync("() => { document.getElementById('audit-walk-start').remove(); document.activeElement && document.activeElement.blur(); }");

        // Each stop comes later in the document than the one before, and inside a form it is not wholly above the one
        // before, nor on the same line to its left (the form is filled in reading order).
        for (var i = 1; i < walk.Count; i++)
        {
            var (before, after) = (walk[i - 1], walk[i]);
            if (after.Order < before.Order)
            {
                problems.Add($"focus order goes back: {before.Name} -> {after.Name}");
            }
            else if (after.Form >= 0 && after.Form == before.Form
                && (after.Bottom <= before.Top || (after.Top < before.Bottom && before.Top < after.Bottom && after.Left < before.Left)))
            {
                problems.Add($"focus order in a form goes up or left: {before.Name} -> {after.Name}");
            }
        }

        return (problems, walk);
    }

    internal sealed record Stop(bool Start, int Order, int Form, double Top, double Bottom, double Left, string Name, bool Visible, bool InForm, bool Reveal);
}
