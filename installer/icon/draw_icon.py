#!/usr/bin/env python3
"""Draws RoadDesk's icon: a road running into the distance under a snowflake, on the blue of the
desk's header. The shapes are the source; the PNG it writes is committed (the window shows it,
and a Maven build should not need Python). Usage: draw_icon.py OUT.png|OUT.ico|OUT.icns [SIZE=256]
(.ico for the Windows installer, .icns for the macOS one: the same PNG in their containers)."""
import math
import struct
import sys
import zlib

SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 256
SS = 3  # samples per pixel and axis, for smooth edges


def in_polygon(x, y, pts):
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        xi, yi = pts[i]
        xj, yj = pts[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def near_segment(x, y, a, b, width):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= width / 2


def rounded_square(x, y, r=40):
    cx = min(max(x, r), 256 - r)
    cy = min(max(y, r), 256 - r)
    return math.hypot(x - cx, y - cy) <= r


ROAD = [(22, 256), (234, 256), (140, 118), (116, 118)]
SNOW = [(0, 150), (256, 132), (256, 256), (0, 256)]
CENTRE = [((128, 244), (128, 218)), ((128, 200), (128, 180)), ((128, 166), (128, 152)), ((128, 142), (128, 133))]
FLAKE_C, FLAKE_R = (174, 70), 44
FLAKE = []
for k in range(6):
    a = math.pi / 2 + k * math.pi / 3
    tip = (FLAKE_C[0] + FLAKE_R * math.cos(a), FLAKE_C[1] - FLAKE_R * math.sin(a))
    FLAKE.append((FLAKE_C, tip))
    for f, l in ((0.55, 15), (0.8, 9)):
        base = (FLAKE_C[0] + f * FLAKE_R * math.cos(a), FLAKE_C[1] - f * FLAKE_R * math.sin(a))
        for s in (-1, 1):
            b = a + s * math.pi / 4
            FLAKE.append((base, (base[0] + l * math.cos(b), base[1] - l * math.sin(b))))


def colour(x, y):
    if not rounded_square(x, y):
        return None
    if any(near_segment(x, y, a, b, 7) for a, b in FLAKE):
        return (255, 255, 255)
    if in_polygon(x, y, ROAD):
        if any(near_segment(x, y, a, b, 2 + (y - 118) / 18) for a, b in CENTRE):
            return (246, 190, 40)
        return (58, 63, 70)
    if in_polygon(x, y, SNOW):
        return (232, 240, 248)
    t = y / 256
    return (int(29 + 20 * t), int(78 + 30 * t), int(137 + 40 * t))


rows = []
scale = 256 / SIZE
for py in range(SIZE):
    row = bytearray([0])
    for px in range(SIZE):
        r = g = b = a = 0
        for sy in range(SS):
            for sx in range(SS):
                c = colour((px + (sx + 0.5) / SS) * scale, (py + (sy + 0.5) / SS) * scale)
                if c:
                    r += c[0]; g += c[1]; b += c[2]; a += 1
        n = SS * SS
        row += bytes([r // a if a else 0, g // a if a else 0, b // a if a else 0, 255 * a // n])
    rows.append(bytes(row))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
target = sys.argv[1]
if target.endswith(".ico"):
    # ICONDIR + one ICONDIRENTRY holding the PNG (Windows Vista and later read PNG icons).
    side = 0 if SIZE >= 256 else SIZE
    data = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), 22) + png
elif target.endswith(".icns"):
    kind = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}[SIZE]
    body = kind + struct.pack(">I", len(png) + 8) + png
    data = b"icns" + struct.pack(">I", len(body) + 8) + body
else:
    data = png
with open(target, "wb") as out:
    out.write(data)
