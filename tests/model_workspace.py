"""A small workspace using every key the strategy model added (issue #11): the strategy
with kraftsamlingar, principles and level names, an actor register, a plan, a färdplan,
and an older strategy with a plan, which the first replaces (with SUCCESSION)."""

from __future__ import annotations

STRATEGY = """\
typ: strategi
id: rus
namn: Teststrategin
region: {namn: Region Kronoberg, länskod: "07", huvudroll: Nätverkaren}
period: {från: 2027, till: 2035}
status: antagen
utgåva: 2027
principer: [Platsbaserat, Inkluderande]
nivåer: {område: Strategiskt område, prioritering: Riktning}
områden:
  - id: O1
    namn: Ett område
    utmaningar: [Ett negativt flyttnetto, {id: U1, text: Långa avstånd}]
    påverkansfaktorer: [Bostäder]
    mål:
      - id: M1
        namn: Ett mål
    prioriteringar:
      - id: R1
        namn: En riktning
        insatsområden:
          - {id: R1.a, namn: Ett insatsområde}
          - Ett insatsområde utan id
kraftsamlingar:
  - id: K1
    namn: Kraftsamling ett
    mandatperiod: {från: 2027, till: 2030}
    bidrar_till: [R1]
    budgetram_kr: 1000000
"""
ACTORS = """\
typ: aktörer
aktörer:
  - {id: vaxjo, namn: Växjö kommun, typ: kommun, kommunkod: "0780"}
  - {id: lnu, namn: Linnéuniversitetet, typ: lärosäte}
  - {id: run, namn: Regionala utvecklingsnämnden, typ: intern}
"""
PLAN = """\
typ: aktivitetsplan
enhet: Testenheten
strategi: rus
år: 2027
bidrar_till: [O1]
uppföljning: Tertialvis i RUN
huvudroll: Kapacitetsbyggaren
aktiviteter:
  - id: A-1
    kategori: Kunskap och analys
    aktivitet: Ta fram en analys
    syfte: Kunskap
    mål: En analys
    ansvarig: Anna Lindqvist
    klart_senast: 2027-T2
    bidrar_till: [R1.a]
    roller: [Nätverkaren, Finansiären]
    huvudroll: Finansiären
    kraftsamling: K1
    principer: [Platsbaserat]
    samverkan: [lnu, Växjö kommun]
    geografi: ["0780", "07", vaxjo]
    målgrupp: [Regionala utvecklingsnämnden]
    status: pågår
    budget_kr: 400000
"""
ROADMAP = """\
typ: färdplan
id: fp
strategi: rus
reviderad: "2026-10-15"
år:
  - år: 2027
    insatser:
      - {id: F1, namn: En insats, kraftsamling: K1}
      - {id: F2, namn: En annan insats, bidrar_till: [R1]}
"""
OLD = """\
typ: strategi
id: gammal
namn: Den gamla
region: {namn: Region Kronoberg, länskod: "07"}
period: {från: 2015, till: 2026}
status: ersatt
områden:
  - id: G1
    namn: Gammalt område
    mål:
      - {id: GM1, namn: Gammalt mål}
      - {id: GM2, namn: Ett mål som inte förs vidare}
"""
OLD_PLAN = """\
typ: aktivitetsplan
enhet: Gamla enheten
strategi: gammal
år: 2026
aktiviteter:
  - id: B-1
    kategori: Kunskap och analys
    aktivitet: Ta fram en analys
    syfte: Kunskap
    mål: En analys
    ansvarig: Anna Lindqvist
    klart_senast: 2026-T3
    bidrar_till: [GM1]
    status: pågår
"""
SUCCESSION = "ersätter: gammal\nmotsvarar: {GM1: [M1], GM2: []}\n"
BASE = {
    "strategi.yaml": STRATEGY,
    "aktorer.yaml": ACTORS,
    "plan.yaml": PLAN,
    "fardplan.yaml": ROADMAP,
}
