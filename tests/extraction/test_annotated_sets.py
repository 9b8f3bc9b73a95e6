"""The annotated sets beside the shared gold, scored exactly as the project is scored
(tests/extraction/gold_scorer.py is a copy of shared/bin/score_extraction): a floor just
under what the extractor reaches, so that a regression in generalisation shows.

- heldout/: eight articles written and annotated apart from the extractor's development
  (0.873 when they arrived).
- blind/: ten articles annotated before the extractor's code was read (0.900 and 0.855).
- blind2/: ten articles by an outside tester who never read the extractor (0.905).
- blind3/: six articles (baseball trade, box office, weather, market close, crime,
  party spokespeople) annotated before the extractor's code was read (0.853).
- blind4/: six articles (local-election poll, housing subscription, airport traffic, food
  prices, infectious disease, a foreign conflict from wire reports) annotated before the
  extractor's code was read (0.959: quantities 0.987, attributions 0.931; 0.953 before
  three annotation slips of the gold itself were corrected).
- blind5/: five articles (a Supreme Court ruling, monthly car sales, university tuition
  statistics, an interview feature, disaster relief funds) annotated before the
  extractor's code was read (0.920: quantities 0.994, attributions 0.846; 0.923 after one
  annotation slip of the gold itself, 징역 1년 6개월 split in two, was corrected).
- blind6/: eight articles (chip earnings, a sleep and dementia study, a car-plant strike,
  a three-country summit, a volleyball final, city housing policy, climate records, a
  chip-technology leak trial) annotated before the extractor's code was read (0.962:
  quantities 0.971, attributions 0.952).
- blind7/: six articles (a base-rate decision, monthly exports, a broadcast fire report,
  a supplementary-budget fight, box office and album sales, EU tariffs from wire reports)
  annotated before the extractor's code was read (0.887: quantities 0.973, attributions
  0.800); three general speaker rules later, 0.941, its other misses left as they are.
- blind8/: six articles (a wildfire, a new-drug approval, a baseball free-agent signing,
  a murder-for-insurance sentencing, holiday airport traffic, a shipbuilding order)
  annotated before the extractor's code was read (0.919: quantities 0.988, attributions
  0.850).
- blind9/: five articles (an earthquake abroad from wire reports, a mobile-network
  outage, K-pop agency earnings, police traffic statistics, a minimum-wage negotiation)
  annotated before the extractor's code was read (0.885: quantities 0.993, attributions
  0.777; 0.923 once four quotes of unnamed officials were annotated anonymous, as
  CLAIMS_SPEC has them). One general rule came of it, the counter 장 after a space
  (0.926); the blind10 rules later also read two of its speakers right (0.974).
- blind10/: six articles (chip-equipment export controls from wire reports, a city
  council's budget fight, jeonse and rent statistics, a hospital strike, a battery maker's
  earnings call, a football transfer) annotated before the extractor's code was read
  (0.902: quantities 0.984, attributions 0.821); general speaker, cue and unit rules
  later, 0.995.
- blind11/: six articles (a parliamentary hearing, a crypto-fraud indictment, typhoon
  damage, birth statistics on air, a start-up's funding round, a Chilean run-off from wire
  reports) and blind12/: five articles (a power-supply plan, school-violence
  investigators, a golf play-off, an oil and currency market wrap, a broadcast report on a
  refund fine), both annotated before the extractor's code was read and scored after the
  blind10 rules: 0.937 (quantities 0.993, attributions 0.881) and 0.912 (quantities 0.964,
  attributions 0.860) at first look; general rules later, 0.999 and 0.998.
- blind14/: five articles (a rocket launch, a pension-reform split, a data-breach fine, a
  marathon on air, the rice harvest), scored after the blind11 and blind12 rules: 0.928
  (quantities 0.986, attributions 0.870) at first look. blind13/: six articles (record
  power demand, industrial-accident deaths, a defence cost-sharing deal, holiday retail
  sales, a transit fare rise on air, a chip-plant investment), scored after the first
  blind14 rules: 0.971 (quantities 0.987, attributions 0.954). General rules later, 1.000
  and 0.994.
- blind16/: five articles (a builder's workout, a badminton final, household credit, a
  generic-drug price cut, a tea festival on air) and blind15/: six articles (a bank's
  quarterly results, a tunnel pile-up and fire, a streaming platform's subscribers, abuse
  at a nursing home, inbound tourism, an EU-Japan minerals pact from wire reports), scored
  after the blind13 and blind14 rules: 0.964 (quantities 0.967, attributions 0.961) and,
  after the first blind16 rules, 0.966 (quantities 0.993, attributions 0.940) at first
  look; general rules later, 0.988 and 0.997.
- blind17/: five articles (a property-tax reform, a game launch, foreign ski tourists, a
  bribery indictment, smartphone and PC shipments on air) and blind18/: five articles (a
  fine-dust report, a national football coach, a freight-rate slide, a tax-evasion
  ruling, farm-drone subsidies on air), scored after the blind15 and blind16 rules: 0.971
  (quantities 0.993, attributions 0.949) and 0.974 (quantities 0.973, attributions 0.976)
  at first look; general rules later, 0.988 and 0.985.
All nineteen were used for tuning afterwards: their floors guard, they no longer measure.
"""

import json
from pathlib import Path

import pytest

from claims.extraction.report import document_report
from tests.extraction import gold_scorer

DATA = Path(__file__).resolve().parent / "data"
# folder, number of articles, overall strict F1 floor (the reached score in the comment)
SETS = [
    ("heldout", 8, 0.97),  # 0.997
    ("blind", 10, 0.97),  # 1
    ("blind2", 10, 0.98),  # 1
    ("blind3", 6, 0.98),  # 1
    ("blind4", 6, 0.98),  # 1
    ("blind5", 5, 0.98),  # 1
    ("blind6", 8, 0.98),  # 1
    ("blind7", 6, 0.93),  # 0.951
    ("blind8", 6, 0.98),  # 0.996
    ("blind9", 5, 0.96),  # 0.976
    ("blind10", 6, 0.98),  # 0.998
    ("blind11", 6, 0.98),  # 0.999
    ("blind12", 5, 0.98),  # 0.998
    ("blind13", 6, 0.98),  # 0.994
    ("blind14", 5, 0.98),  # 1
    ("blind15", 6, 0.98),  # 0.997
    ("blind16", 5, 0.98),  # 0.989
    ("blind17", 5, 0.98),  # 0.988
    ("blind18", 5, 0.98),  # 0.985
]


def articles(folder: str) -> list[dict]:
    paths = sorted((DATA / folder).glob("*.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


@pytest.mark.parametrize(("folder", "count", "_floor"), SETS)
def test_every_annotation_reads_its_text(folder, count, _floor):
    golds = articles(folder)
    assert len(golds) == count
    for gold in golds:
        text = gold["text"]
        for item in gold["quantities"] + gold["attributions"]:
            assert text[item["start"] : item["end"]] == item["text"], (gold["id"], item)


@pytest.mark.parametrize(("folder", "_count", "floor"), SETS)
def test_strict_f1_stays_above_the_floor(folder, _count, floor):
    total = None
    for gold in articles(folder):
        report = document_report(gold["id"], gold["text"])
        part = gold_scorer.score_doc(gold, report["claims"], [])
        total = part if total is None else {k: total[k] + part[k] for k in total}
    r, f1 = gold_scorer.ratio, gold_scorer.f1
    quantities = f1(r(total["q_right"], total["q_pred"]), r(total["q_right"], total["q_gold"]))
    attributions = f1(r(total["a_right"], total["a_pred"]), r(total["a_right"], total["a_gold"]))
    overall = (quantities + attributions) / 2
    assert overall >= floor, f"{folder}: strict F1 {overall:.3f} < {floor}"
