#!/usr/bin/env python3
"""Writes the car illustration templates in resources/cars/ (SVG with {{placeholders}}).

Each body style is a handful of profile points; the script turns them into smooth paths,
shading and light signatures, for a side view and a front three-quarter view, plus the six
wheel designs. The renderer (app/ui/carillustration.cpp) fills in paint colours and draws the
chosen wheel into the rects named wheel-front and wheel-rear.
Run: python3 resources/tools/make_car_templates.py
"""
import math
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "cars")
W, H, GROUND = 1600, 700, 600

# name: (profile points from the rear bumper's foot over the roof to the front bumper's foot,
#        glasshouse points, rear axle x, front axle x, wheel radius, belt y)
BODIES = {
    "saloon": ([(180, 585), (150, 520), (165, 455), (300, 425), (470, 395), (620, 300), (780, 272), (960, 280),
                (1090, 380), (1300, 410), (1430, 440), (1465, 505), (1450, 585)],
               [(500, 392), (640, 306), (790, 282), (950, 290), (1060, 382)], 420, 1200, 90, 418),
    "estate": ([(175, 585), (150, 520), (160, 430), (200, 318), (330, 280), (780, 270), (960, 282),
                (1090, 380), (1300, 410), (1430, 440), (1465, 505), (1450, 585)],
               [(215, 385), (235, 320), (340, 292), (780, 282), (950, 292), (1060, 382)], 420, 1200, 90, 420),
    "suv": ([(185, 585), (160, 500), (165, 400), (205, 262), (340, 232), (800, 226), (980, 240),
             (1110, 352), (1320, 376), (1440, 405), (1470, 480), (1455, 585)],
            [(222, 365), (240, 270), (350, 246), (800, 240), (970, 254), (1080, 356)], 430, 1190, 100, 380),
    "crossover": ([(190, 585), (160, 505), (175, 420), (300, 320), (520, 262), (820, 252), (990, 272),
                   (1110, 368), (1320, 390), (1440, 420), (1470, 490), (1455, 585)],
                  [(320, 370), (510, 276), (820, 266), (980, 284), (1080, 370)], 430, 1190, 96, 398),
    "coupe": ([(175, 585), (150, 525), (170, 470), (330, 420), (560, 330), (760, 300), (930, 310),
               (1080, 400), (1310, 425), (1440, 455), (1470, 515), (1455, 585)],
              [(420, 410), (580, 338), (760, 312), (920, 320), (1050, 402)], 410, 1210, 90, 435),
    "convertible": ([(175, 585), (150, 525), (170, 470), (340, 440), (600, 432), (940, 420), (1000, 330),
                     (1030, 332), (1080, 405), (1310, 425), (1440, 455), (1470, 515), (1455, 585)],
                    [(950, 418), (995, 338), (1022, 340), (1060, 410)], 410, 1210, 90, 440),
}


def smooth(points, closed=False, tension=0.5):
    """Catmull-Rom through the points as cubic Béziers: calm, continuous body lines."""
    pts = points[:]
    n = len(pts)
    d = f"M{pts[0][0]:.1f},{pts[0][1]:.1f}"
    for i in range(n - 1 if not closed else n):
        p0 = pts[i - 1] if i > 0 or closed else pts[i]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if (i + 2 < n or closed) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) * tension / 3, p1[1] + (p2[1] - p0[1]) * tension / 3)
        c2 = (p2[0] - (p3[0] - p1[0]) * tension / 3, p2[1] - (p3[1] - p1[1]) * tension / 3)
        d += f" C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {p2[0]:.1f},{p2[1]:.1f}"
    return d


def body_path(profile, rear_x, front_x, r):
    """The outline, with wheel arches cut into the sill."""
    d = smooth(profile)
    arch = r + 12
    sill = GROUND - 28
    foot_front = profile[-1]
    foot_rear = profile[0]
    d += f" L{foot_front[0]:.1f},{sill}"
    d += f" L{front_x + arch:.1f},{sill}"
    d += f" A{arch},{arch} 0 0 0 {front_x - arch:.1f},{sill}"
    d += f" L{rear_x + arch:.1f},{sill}"
    d += f" A{arch},{arch} 0 0 0 {rear_x - arch:.1f},{sill}"
    d += f" L{foot_rear[0]:.1f},{sill} Z"
    return d


def side_svg(name, transform="", view_w=W, three_quarter=False):
    profile, glass, rear_x, front_x, r, belt = BODIES[name]
    body = body_path(profile, rear_x, front_x, r)
    glass_d = smooth(glass) + " Z"
    nose = profile[-2]
    tail = profile[1]
    top = min(y for _, y in profile)
    parts = []
    parts.append(f'''<defs>
  <linearGradient id="paintGrad" x1="0" y1="{top}" x2="0" y2="{GROUND}" gradientUnits="userSpaceOnUse">
    <stop offset="0" stop-color="{{{{paint_light}}}}"/>
    <stop offset="0.38" stop-color="{{{{paint}}}}"/>
    <stop offset="0.62" stop-color="{{{{paint_dark}}}}"/>
    <stop offset="1" stop-color="{{{{paint_darker}}}}"/>
  </linearGradient>
  <linearGradient id="sheen" x1="0" y1="0" x2="{view_w}" y2="0" gradientUnits="userSpaceOnUse">
    <stop offset="0" stop-color="#FFFFFF" stop-opacity="0"/>
    <stop offset="0.55" stop-color="#FFFFFF" stop-opacity="{{{{sheen}}}}"/>
    <stop offset="0.8" stop-color="#FFFFFF" stop-opacity="0"/>
  </linearGradient>
  <linearGradient id="glassGrad" x1="0" y1="{top}" x2="0" y2="{belt}" gradientUnits="userSpaceOnUse">
    <stop offset="0" stop-color="#2A3038"/>
    <stop offset="0.55" stop-color="#14171B"/>
    <stop offset="1" stop-color="#0B0C0E"/>
  </linearGradient>
  <radialGradient id="shadow" cx="{(rear_x + front_x) / 2}" cy="{GROUND + 4}" r="{(front_x - rear_x) * 0.75}"
      gradientUnits="userSpaceOnUse" gradientTransform="translate(0,{GROUND + 4}) scale(1,0.06) translate(0,{-(GROUND + 4)})">
    <stop offset="0" stop-color="#000000" stop-opacity="0.55"/>
    <stop offset="0.7" stop-color="#000000" stop-opacity="0.18"/>
    <stop offset="1" stop-color="#000000" stop-opacity="0"/>
  </radialGradient>
</defs>''')
    g = [f'<rect x="0" y="{GROUND - 40}" width="{view_w}" height="80" fill="url(#shadow)"/>']
    # arch shadows sit behind the body so the tyres look tucked in
    for x in (rear_x, front_x):
        g.append(f'<circle cx="{x}" cy="{GROUND - r}" r="{r + 6}" fill="#0A0A0B"/>')
    g.append(f'<path d="{body}" fill="url(#paintGrad)"/>')
    g.append(f'<path d="{body}" fill="url(#sheen)"/>')
    g.append(f'<path d="{glass_d}" fill="url(#glassGrad)"/>')
    if name == "convertible":
        # headrests and the folded roof's tonneau
        for hx in (720, 850):
            g.append(f'<rect x="{hx}" y="{profile[5][1] - 46}" width="44" height="50" rx="16" fill="{{{{interior}}}}"/>')
        g.append(f'<path d="M380,{profile[4][1] + 6} Q520,{profile[4][1] - 14} 660,{profile[5][1] + 4}" '
                 f'stroke="{{{{paint_darker}}}}" stroke-width="6" fill="none"/>')
    else:
        # B-pillar
        bx = (glass[0][0] + glass[-1][0]) / 2 + 40
        g.append(f'<rect x="{bx:.0f}" y="{top + 8}" width="16" height="{belt - top}" fill="{{{{paint_darker}}}}" opacity="0.9"/>')
    # shoulder highlight and a sill shadow
    g.append(f'<path d="M{tail[0] + 20},{belt + 12} C{rear_x},{belt + 2} {front_x},{belt + 4} {nose[0] - 30},{belt + 30}" '
             f'stroke="{{{{paint_highlight}}}}" stroke-width="3" fill="none" opacity="0.75"/>')
    g.append(f'<path d="M{rear_x + r + 30},{GROUND - 48} L{front_x - r - 30},{GROUND - 48}" stroke="#000000" '
             f'stroke-width="10" opacity="0.22"/>')
    # door cuts and a flush handle
    door_x = (rear_x + front_x) / 2 + 30
    g.append(f'<path d="M{door_x:.0f},{belt + 6} L{door_x - 10:.0f},{GROUND - 50}" stroke="#000000" stroke-width="2" opacity="0.35"/>')
    g.append(f'<rect x="{door_x + 60:.0f}" y="{belt + 26}" width="70" height="7" rx="3" fill="{{{{paint_darker}}}}"/>')
    g.append(f'<rect x="{door_x - 190:.0f}" y="{belt + 26}" width="70" height="7" rx="3" fill="{{{{paint_darker}}}}"/>')
    # light signatures: a thin LED line at the nose, a full-width bar at the tail
    g.append(f'<path d="M{nose[0] - 70},{nose[1] - 6} L{nose[0] + 8},{nose[1] + 4}" stroke="#F4F7FF" stroke-width="7" stroke-linecap="round"/>')
    g.append(f'<path d="M{tail[0] + 4},{tail[1] - 2} L{tail[0] + 70},{tail[1] - 10}" stroke="#C0141E" stroke-width="8" stroke-linecap="round"/>')
    # where the renderer draws the wheels
    for wid, x in (("wheel-rear", rear_x), ("wheel-front", front_x)):
        g.append(f'<rect id="{wid}" x="{x - r}" y="{GROUND - 2 * r}" width="{2 * r}" height="{2 * r}" fill="none"/>')
    parts.append(f'<g{transform}>\n  ' + "\n  ".join(g) + "\n</g>")
    return parts


def write_side(name):
    parts = side_svg(name)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}">\n' + "\n".join(parts) + "\n</svg>\n"
    open(os.path.join(OUT, f"{name}-side.svg"), "w").write(svg)


def write_three_quarter(name):
    """The side drawn foreshortened, with the front face turned towards the viewer."""
    profile, glass, rear_x, front_x, r, belt = BODIES[name]
    scale = 0.74
    view_h = 900
    dx, dy = 60, 210
    parts = side_svg(name, transform=f' transform="translate({dx},{dy}) scale({scale},1)"', view_w=W)
    nose = profile[-2]
    top = min(y for _, y in profile)
    hood = next((p for p in profile if p[0] > 1080), profile[-3])
    fx = dx + nose[0] * scale
    face = []
    # The front turned towards the viewer: a narrow face from the hood's end to the bumper,
    # with the light signature and a lower intake; the windscreen continues onto it.
    y_hood = dy + hood[1] + 4
    y_bumper = dy + GROUND - 34
    x0 = fx - 24
    face.append(f'<path d="M{x0:.0f},{y_hood:.0f} C{x0 + 60:.0f},{y_hood + 2:.0f} {x0 + 130:.0f},{y_hood + 14:.0f} {x0 + 150:.0f},{y_hood + 40:.0f} '
                f'L{x0 + 160:.0f},{y_bumper - 24:.0f} C{x0 + 150:.0f},{y_bumper:.0f} {x0 + 60:.0f},{y_bumper + 4:.0f} {x0 + 10:.0f},{y_bumper:.0f} Z" '
                f'fill="url(#faceGrad)"/>')
    face.append(f'<path d="M{x0 + 14:.0f},{y_hood + 22:.0f} C{x0 + 60:.0f},{y_hood + 24:.0f} {x0 + 110:.0f},{y_hood + 30:.0f} {x0 + 146:.0f},{y_hood + 46:.0f}" '
                f'stroke="#F4F7FF" stroke-width="7" stroke-linecap="round" fill="none"/>')
    face.append(f'<path d="M{x0 + 30:.0f},{y_bumper - 30:.0f} L{x0 + 140:.0f},{y_bumper - 34:.0f}" stroke="#0B0C0E" '
                f'stroke-width="14" stroke-linecap="round" opacity="0.8"/>')
    face.append(f'<path d="M{x0 + 4:.0f},{y_hood:.0f} L{x0 + 10:.0f},{y_bumper:.0f}" stroke="{{{{paint_highlight}}}}" stroke-width="2" opacity="0.6"/>')
    defs = f'''<defs>
  <linearGradient id="faceGrad" x1="0" y1="{dy + top}" x2="0" y2="{dy + GROUND}" gradientUnits="userSpaceOnUse">
    <stop offset="0" stop-color="{{{{paint_highlight}}}}"/>
    <stop offset="0.45" stop-color="{{{{paint}}}}"/>
    <stop offset="1" stop-color="{{{{paint_darker}}}}"/>
  </linearGradient>
</defs>'''
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {view_h}" width="{W}" height="{view_h}">\n'
           + defs + "\n" + "\n".join(parts) + "\n" + "\n".join(face) + "\n</svg>\n")
    open(os.path.join(OUT, f"{name}-three-quarter.svg"), "w").write(svg)


def wheel(design):
    c = 100
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">',
           '<defs><radialGradient id="rim" cx="100" cy="92" r="80" gradientUnits="userSpaceOnUse">'
           '<stop offset="0" stop-color="{{wheel_light}}"/><stop offset="1" stop-color="{{wheel_rim}}"/></radialGradient></defs>',
           f'<circle cx="{c}" cy="{c}" r="99" fill="#141416"/>',
           f'<circle cx="{c}" cy="{c}" r="95" fill="none" stroke="#222326" stroke-width="3"/>',
           f'<circle cx="{c}" cy="{c}" r="74" fill="#0E0E10"/>']

    def spoke(angle, width, inner=18, outer=72, curve=0):
        a = math.radians(angle)
        b = math.radians(angle + curve)
        x1, y1 = c + inner * math.cos(a), c + inner * math.sin(a)
        x2, y2 = c + outer * math.cos(b), c + outer * math.sin(b)
        return (f'<path d="M{x1:.1f},{y1:.1f} Q{c + (inner + outer) / 2 * math.cos((a + b) / 2 + math.radians(curve) / 3):.1f},'
                f'{c + (inner + outer) / 2 * math.sin((a + b) / 2 + math.radians(curve) / 3):.1f} {x2:.1f},{y2:.1f}" '
                f'stroke="url(#rim)" stroke-width="{width}" stroke-linecap="round" fill="none"/>')

    if design == "aero":
        out.append(f'<circle cx="{c}" cy="{c}" r="72" fill="url(#rim)"/>')
        for i in range(5):
            a = math.radians(i * 72 - 90)
            out.append(f'<ellipse cx="{c + 52 * math.cos(a):.1f}" cy="{c + 52 * math.sin(a):.1f}" rx="9" ry="9" fill="#1A1B1E"/>')
        out.append(f'<circle cx="{c}" cy="{c}" r="60" fill="none" stroke="{{{{wheel_dark}}}}" stroke-width="2" opacity="0.6"/>')
    elif design == "five-spoke":
        out += [spoke(i * 72 - 90, 20) for i in range(5)]
    elif design == "multi-spoke":
        out += [spoke(i * 36 - 90, 8) for i in range(10)]
    elif design == "turbine":
        out += [spoke(i * 30, 9, curve=28) for i in range(12)]
    elif design == "split-spoke":
        for i in range(5):
            out += [spoke(i * 72 - 98, 9), spoke(i * 72 - 82, 9)]
    elif design == "forged":
        for i in range(7):
            out += [spoke(i * 360 / 7 - 90, 11, outer=46), spoke(i * 360 / 7 - 100, 6, inner=44), spoke(i * 360 / 7 - 80, 6, inner=44)]
    out.append(f'<circle cx="{c}" cy="{c}" r="72" fill="none" stroke="url(#rim)" stroke-width="4"/>')
    out.append(f'<circle cx="{c}" cy="{c}" r="20" fill="url(#rim)"/>')
    out.append(f'<circle cx="{c}" cy="{c}" r="8" fill="{{{{wheel_dark}}}}"/>')
    out.append("</svg>\n")
    open(os.path.join(OUT, "wheels", f"{design}.svg"), "w").write("\n".join(out))


os.makedirs(os.path.join(OUT, "wheels"), exist_ok=True)
for body in BODIES:
    write_side(body)
    write_three_quarter(body)
for design in ("aero", "five-spoke", "multi-spoke", "turbine", "split-spoke", "forged"):
    wheel(design)
print("wrote", len(BODIES) * 2, "body templates and 6 wheels to", os.path.normpath(OUT))
