#!/usr/bin/env python3
"""Writes N scenario files of the evaluate contract, each a day of 500 readings over 20 points
(the last of four days, 125 readings a day): what bench/cli-bench.sh feeds `evaluate`.
Usage: make-scenarios.py DIR [N=100]"""
import json
import os
import random
import sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100
os.makedirs(out, exist_ok=True)
rnd = random.Random(13)
for f in range(n):
    observations = []
    for i in range(500):
        day = 9 + i * 4 // 500
        minute = (i % 125) * 11
        observations.append({
            "location": "监测点 %d" % rnd.randrange(20),
            "time": "2026-01-%02dT%02d:%02d" % (day, minute // 60 % 24, minute % 60),
            "snowDepthCm": rnd.randrange(400) / 10,
            "roadIceThicknessCm": rnd.randrange(30) / 10,
            "airTempC": -20 + rnd.randrange(250) / 10,
        })
    scenario = {"date": "2026-01-12", "observations": observations,
                "traffic": {"cutHours": rnd.randrange(10), "queueKm": rnd.randrange(150) / 10}}
    with open(os.path.join(out, "day-%03d.json" % f), "w", encoding="utf-8") as w:
        json.dump(scenario, w, ensure_ascii=False)
