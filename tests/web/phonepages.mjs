// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's pages for visitors' phones in a real Chromium at phone size: a build, a car in stock
// a test drive and a place at a studio event, each in English, Simplified Chinese and Arabic; a booking moved and cancelled
// through its forms; a wrong contact refused. Every page is checked by axe-core (no serious or
// critical violation of WCAG 2.2 A/AA), must set no cookie and ask nothing of any other host.
// Screenshots go to $SCREENSHOTS; bytes transferred and time to first byte are printed, beside
// the kiosk's own render of the same build (vitrine-uibench --reopen, the real window offscreen).
//
//   node phonepages.mjs   (HUB_BIN, CTL_BIN, SCREENSHOTS and CHROMIUM from the environment)

import { chromium } from 'playwright-core';
import axe from 'axe-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const hubBin = process.env.HUB_BIN;
const ctlBin = process.env.CTL_BIN;
const uibenchBin = process.env.UIBENCH_BIN;
const shots = process.env.SCREENSHOTS || 'screenshots/phone';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const languages = ['en', 'zh_CN', 'ar'];
const htmlLang = { en: 'en', zh_CN: 'zh-Hans', ar: 'ar' };
const failures = [];
const figures = [];

function check(ok, what) {
  if (!ok) {
    failures.push(what);
    console.error(`FAIL ${what}`);
  }
}

function ctl(db, args) {
  return execFileSync(ctlBin, ['--db', db, ...args], { encoding: 'utf8' });
}

function startHub(db) {
  return new Promise((resolve, reject) => {
    const hub = spawn(hubBin, ['--db', db, '--listen', '127.0.0.1:0', '--no-tls', '--no-sync',
      '--phone-change-rate', '100'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('the hub did not start')), 60000);
    hub.stdout.on('data', chunk => {
      out += chunk;
      const m = out.match(/listening [0-9.]+:(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ hub, port: Number(m[1]) });
      }
    });
    hub.on('exit', code => reject(new Error(`the hub exited with ${code}`)));
  });
}

// A drive at Oslo a few days ahead, booked as a screen books it, with this phone number.
function book(db, phone, fromDay) {
  for (let day = fromDay; day < fromDay + 10; ++day) {
    const date = new Date(Date.now() + day * 86400000).toISOString().slice(0, 10);
    const slots = JSON.parse(ctl(db, ['slots', '--studio', 'oslo', '--model', 'aster-5', '--date', date])).slots;
    for (const s of slots) {
      if (s.capacity < 1) continue;
      try {
        const b = JSON.parse(ctl(db, ['book', '--studio', 'oslo', '--model', 'aster-5', '--start', s.start_utc,
          '--name', 'Kari Nordmann', '--phone', phone, '--privacy-consent']));
        return b.code;
      } catch (e) { /* taken meanwhile: the next one */ }
    }
  }
  throw new Error('no free slot at Oslo');
}

// A place at an Oslo event that takes sign-ups, taken as a paired screen takes it through the hub.
async function joinEvent(db, base) {
  const pairing = execFileSync(hubBin, ['--db', db, 'pair'], { encoding: 'utf8' }).trim();
  const post = async (url, body, token) => (await fetch(base + url, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  })).json();
  const { token } = await post('/v1/pair', { code: pairing, screenName: 'Phone pages test' });
  const events = (await (await fetch(`${base}/v1/events?studio=oslo`, { headers: { Authorization: `Bearer ${token}` } })).json()).events;
  const event = events.find(e => e.signup && !e.cancelled && e.placesLeft > 0);
  const joined = await post('/v1/events/join', {
    event: event.id, idempotencyKey: 'phone-pages-test',
    contact: { name: 'Kari Nordmann', channel: 'email', value: 'kari@fjordpost.no', privacyAccepted: true },
  }, token);
  if (!joined.code) throw new Error(`no place taken: ${JSON.stringify(joined)}`);
  return joined.code;
}

async function newContext(browser, base) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    // axe-core is put into the page by the test; the pages themselves allow no script at all.
    bypassCSP: true,
  });
  const foreign = [];
  context.on('request', r => { if (!r.url().startsWith(base)) foreign.push(r.url()); });
  return { context, foreign };
}

async function audit(page, name) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  check(result.passes.length > 10, `${name}: axe-core ran (${result.passes.length} rules passed)`);
  const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad)
    console.error(`  axe ${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
  for (const v of result.violations.filter(v => !bad.includes(v)))
    console.log(`  axe ${name}: ${v.id} (${v.impact}) ${v.help}`);
  check(bad.length === 0, `${name}: ${bad.length} serious or critical accessibility violations`);
}

// Opens a page cold, measures it, checks it and saves its screenshot.
async function visit(browser, base, kind, url, lang, expect) {
  const { context, foreign } = await newContext(browser, base);
  const page = await context.newPage();
  const response = await page.goto(base + url, { waitUntil: 'load' });
  const name = `${kind}-${lang}`;
  check(response.status() === (expect.status || 200), `${name}: status ${response.status()}`);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    return {
      html: nav.transferSize,
      total: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
      ttfb: nav.responseStart - nav.requestStart,
      requests: 1 + resources.length,
    };
  });
  figures.push({ page: name, ...timing });
  check(await page.getAttribute('html', 'lang') === htmlLang[lang], `${name}: html lang`);
  check(await page.getAttribute('html', 'dir') === (lang === 'ar' ? 'rtl' : 'ltr'), `${name}: direction`);
  check(await page.locator('h1').count() === 1, `${name}: one h1`);
  if (expect.text) check((await page.textContent('main')).includes(expect.text), `${name}: shows "${expect.text}"`);
  const images = await page.$$eval('img', list => list.map(i => i.complete && i.naturalWidth > 0));
  check(images.every(Boolean), `${name}: every picture loads`);
  if (kind === 'build') check(timing.total <= 150 * 1024, `${name}: ${timing.total} bytes > 150 KB`);
  // Targets: every link and button in the main part at least 44 px high (inline links in text aside).
  const small = await page.$$eval('main .button, main button, nav a, .days a, .slots label',
    list => list.filter(e => e.getBoundingClientRect().height < 44).map(e => e.textContent.trim()));
  check(small.length === 0, `${name}: targets under 44 px: ${small.join(', ')}`);
  // A button's sentence keeps its space before the number it carries ("Call +47 21 …"): the
  // words, without their own trailing space, end a space's width from the number, either way.
  const gaps = await page.$$eval('main .button', list => list.filter(b => b.querySelector('bdi')).map(b => {
    const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT,
      { acceptNode: n => n.parentElement.closest('bdi') || !n.textContent.trim() ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT });
    const words = walker.nextNode();
    const range = document.createRange();
    range.setStart(words, 0);
    range.setEnd(words, words.textContent.trimEnd().length);
    const w = range.getBoundingClientRect(), n = b.querySelector('bdi').getBoundingClientRect();
    return { text: b.textContent.trim(), gap: Math.max(w.left - n.right, n.left - w.right) };
  }));
  const tight = gaps.filter(g => g.gap < 2);
  check(tight.length === 0, `${name}: no space before the number in ${tight.map(g => `"${g.text}"`).join(', ')}`);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  await audit(page, name);
  check((await context.cookies()).length === 0, `${name}: sets no cookie`);
  check(foreign.length === 0, `${name}: asks other hosts: ${foreign.join(', ')}`);
  await context.close();
}

async function changeFlows(browser, base, db, lang) {
  const code = book(db, '+4741234567', lang === 'ar' ? 5 : 3);
  const { context, foreign } = await newContext(browser, base);
  const page = await context.newPage();
  const drive = `${base}/p/drive/${code}?lang=${lang}`;
  await page.goto(drive);

  // A wrong contact: refused, and the drive is still there.
  await page.fill('#cancel-contact', '+47 999 99 999');
  const [refused] = await Promise.all([page.waitForNavigation(), page.click('form[action*="/cancel"] button')]);
  check(refused.status() === 403, `change-${lang}: a wrong contact is refused (${refused.status()})`);
  await page.screenshot({ path: path.join(shots, `refused-${lang}.png`), fullPage: true });
  await audit(page, `refused-${lang}`);

  // Move: another day's first free time, with the contact as the visitor types it.
  await page.goto(drive);
  await Promise.all([page.waitForNavigation(), page.click('a[href*="/move"]')]);
  const days = page.locator('.days a');
  check(await days.count() > 1, `move-${lang}: several days to choose from`);
  await Promise.all([page.waitForNavigation(), days.nth(2).click()]);
  await page.locator('.slots label').first().click();
  await page.fill('#move-contact', '412 34 567');
  await page.screenshot({ path: path.join(shots, `move-${lang}.png`), fullPage: true });
  await audit(page, `move-${lang}`);
  const [moved] = await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  check(moved.status() === 200, `move-${lang}: moved (${moved.status()})`);
  await page.screenshot({ path: path.join(shots, `moved-${lang}.png`), fullPage: true });

  // Cancel, with the right contact this time.
  await page.goto(drive);
  await page.fill('#cancel-contact', '+4741234567');
  const [cancelled] = await Promise.all([page.waitForNavigation(), page.click('form[action*="/cancel"] button')]);
  check(cancelled.status() === 200, `cancel-${lang}: cancelled (${cancelled.status()})`);
  await page.goto(drive);
  check(await page.locator('form[action*="/cancel"]').count() === 0, `cancel-${lang}: no cancel form on a cancelled drive`);
  await page.screenshot({ path: path.join(shots, `cancelled-${lang}.png`), fullPage: true });
  check((await context.cookies()).length === 0, `change-${lang}: sets no cookie`);
  check(foreign.length === 0, `change-${lang}: asks other hosts: ${foreign.join(', ')}`);
  await context.close();
}

// A drive booked on the phone from the build's page: a studio, a day, a time, the two fields and
// the consent; a number that is no phone number is refused with the reason and what was typed kept.
async function bookFromPhone(browser, base, code, lang) {
  const { context, foreign } = await newContext(browser, base);
  const page = await context.newPage();
  await page.goto(`${base}/p/build/${code}?lang=${lang}`);
  await Promise.all([page.waitForNavigation(), page.click('a[href*="/p/book/"]')]);
  const bookDays = page.locator('ul.days:not(.studios) a');
  check(await bookDays.count() > 1, `book-${lang}: several days to choose from`);
  await Promise.all([page.waitForNavigation(), bookDays.nth(1).click()]);
  await page.locator('.slots label').first().click();
  await page.fill('#book-name', 'Kari Nordmann');
  await page.fill('#book-contact', '12');
  await page.check('input[name=privacy]');
  const [refused] = await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  check(refused.status() === 400, `book-${lang}: a number that is no phone number is refused (${refused.status()})`);
  check(await page.locator('[role=alert]').count() === 1, `book-${lang}: the reason is shown`);
  check(await page.inputValue('#book-name') === 'Kari Nordmann', `book-${lang}: the name typed is kept`);
  check(await page.isChecked('input[name=privacy]'), `book-${lang}: the consent given is kept`);
  check(!(await page.textContent('ul.studios')).includes('Shanghai'), `book-${lang}: only the build's market's studios`);
  await page.screenshot({ path: path.join(shots, `book-refused-${lang}.png`), fullPage: true });
  await audit(page, `book-refused-${lang}`);

  await page.locator('.slots label').first().click();
  await page.fill('#book-contact', '+47 412 34 568');
  await page.check('input[name=privacy]');
  await page.screenshot({ path: path.join(shots, `book-${lang}.png`), fullPage: true });
  await audit(page, `book-${lang}`);
  const [booked] = await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  check(booked.status() === 200 && /\/p\/drive\/[A-Z0-9-]+/.test(page.url()),
    `book-${lang}: lands on the new booking (${booked.status()} ${page.url()})`);
  check(await page.locator('form[action*="/cancel"]').count() === 1, `book-${lang}: the new drive can be cancelled`);
  await page.screenshot({ path: path.join(shots, `booked-${lang}.png`), fullPage: true });
  check((await context.cookies()).length === 0, `book-${lang}: sets no cookie`);
  check(foreign.length === 0, `book-${lang}: asks other hosts: ${foreign.join(', ')}`);
  await context.close();
}

const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-phone-'));
const db = path.join(dir, 'hub.db');
let hub;
let browser;
try {
  const started = await startHub(db);
  hub = started.hub;
  const base = `http://127.0.0.1:${started.port}`;
  const code = JSON.parse(ctl(db, ['config', '--model', 'aster-5', '--market', 'no'])).code;
  const stock = JSON.parse(ctl(db, ['export', '--json'])).vehicles;
  const car = stock.find(v => v.location === 'oslo') || stock[0];
  const driveCode = book(db, '+4790000000', 2);
  const placeCode = await joinEvent(db, base);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  for (const lang of languages) {
    await visit(browser, base, 'build', `/p/build/${code}?lang=${lang}`, lang, { text: code });
    await visit(browser, base, 'car', `/p/car/${car.vin}?lang=${lang}`, lang, { text: car.vin });
    await visit(browser, base, 'drive', `/p/drive/${driveCode}?lang=${lang}`, lang, { text: driveCode });
    await visit(browser, base, 'place', `/p/place/${placeCode}?lang=${lang}`, lang, { text: placeCode });
  }
  await bookFromPhone(browser, base, code, 'en');
  await bookFromPhone(browser, base, code, 'ar');
  await changeFlows(browser, base, db, 'en');
  await changeFlows(browser, base, db, 'ar');
  console.log('\npage              bytes (html)  bytes (all)  requests  TTFB ms');
  for (const f of figures)
    console.log(`${f.page.padEnd(16)}  ${String(f.html).padStart(12)}  ${String(f.total).padStart(11)}  ${String(f.requests).padStart(8)}  ${f.ttfb.toFixed(1).padStart(7)}`);
  // The same build on the kiosk: from its code to the summary drawn, in each language.
  if (uibenchBin) {
    console.log(`\nthe same build (${code}) on the kiosk: code opened to summary drawn`);
    console.log('language  first ms  warm p50 ms');
    for (const lang of languages) {
      try {
        const out = execFileSync(uibenchBin, ['--reopen', code, '--lang', lang, '--runs', '4'],
          { encoding: 'utf8', env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, timeout: 120000 });
        const line = out.split('\n').find(l => l.includes('"kiosk.reopen"'));
        const r = JSON.parse(line);
        check(r.first_ms > 0 && r.warm_p50_ms > 0, `kiosk render ${lang}: no figure`);
        console.log(`${lang.padEnd(8)}  ${r.first_ms.toFixed(1).padStart(8)}  ${r.warm_p50_ms.toFixed(1).padStart(11)}`);
      } catch (e) {
        check(false, `kiosk render ${lang}: ${e.message}`);
      }
    }
  }
} catch (e) {
  failures.push(String(e.stack || e));
  console.error(e);
} finally {
  if (browser) await browser.close();
  if (hub) hub.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures.length ? `\n${failures.length} failure(s)` : '\nall phone page checks passed');
process.exit(failures.length ? 1 : 0);
