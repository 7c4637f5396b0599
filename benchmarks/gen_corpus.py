#!/usr/bin/env python3
"""Generate a synthetic, deterministic benchmark corpus of rustool workspaces.

One workspace per Swedish region (21 at every scale), each with a ``strategi.yaml``,
an ``arshjul.yaml`` and ten unit plans ``aktivitetsplaner/enhet-NN.yaml`` holding
``100 × scale`` activities each. Scale 1 is about 12 MB.

    python benchmarks/gen_corpus.py /tmp/rustool-corpus [--scale N] [--seed S]

Only the standard library is used, and the YAML is built as plain strings (fast). The
same seed and scale always give byte-identical files. Activity statuses are consistent
with the reference date ``--today`` (default 2026-11-23): an activity due before it is
``klar`` or ``struken``, so ``rustool validate --today 2026-11-23`` reports few warnings.
A ``corpus.json`` manifest (not YAML, so outside every workspace) records the parameters.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TODAY = "2026-11-23"
PLAN_YEAR = 2026
UNITS_PER_REGION = 10
ACTIVITIES_PER_UNIT = 100
WRAP = 88


# --------------------------------------------------------------------------- fixed data


@dataclass(frozen=True)
class Region:
    code: str
    county: str
    name: str
    slug: str


REGIONS: tuple[Region, ...] = (
    Region("01", "Stockholm", "Region Stockholm", "stockholm"),
    Region("03", "Uppsala", "Region Uppsala", "uppsala"),
    Region("04", "Södermanland", "Region Sörmland", "sodermanland"),
    Region("05", "Östergötland", "Region Östergötland", "ostergotland"),
    Region("06", "Jönköping", "Region Jönköpings län", "jonkoping"),
    Region("07", "Kronoberg", "Region Kronoberg", "kronoberg"),
    Region("08", "Kalmar", "Region Kalmar län", "kalmar"),
    Region("09", "Gotland", "Region Gotland", "gotland"),
    Region("10", "Blekinge", "Region Blekinge", "blekinge"),
    Region("12", "Skåne", "Region Skåne", "skane"),
    Region("13", "Halland", "Region Halland", "halland"),
    Region("14", "Västra Götaland", "Västra Götalandsregionen", "vastra-gotaland"),
    Region("17", "Värmland", "Region Värmland", "varmland"),
    Region("18", "Örebro", "Region Örebro län", "orebro"),
    Region("19", "Västmanland", "Region Västmanland", "vastmanland"),
    Region("20", "Dalarna", "Region Dalarna", "dalarna"),
    Region("21", "Gävleborg", "Region Gävleborg", "gavleborg"),
    Region("22", "Västernorrland", "Region Västernorrland", "vasternorrland"),
    Region("23", "Jämtland", "Region Jämtland Härjedalen", "jamtland"),
    Region("24", "Västerbotten", "Region Västerbotten", "vasterbotten"),
    Region("25", "Norrbotten", "Region Norrbotten", "norrbotten"),
)

CATEGORIES = (
    "Kunskap och analys",
    "Samverkan och nätverk",
    "Kommunikation och påverkan",
    "Finansiering",
    "Processtöd",
    "Interna verksamhetsprocesser",
)
ROLES = ("Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren")
OPEN_STATUSES = ("planerad", "pågår", "försenad", "pausad")
OPEN_WEIGHTS = (45, 40, 10, 5)


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    unit: str
    direction: str
    low: float
    high: float


@dataclass(frozen=True)
class Theme:
    name: str
    description: str
    agenda2030: tuple[int, ...]
    goals: tuple[str, ...]
    priorities: tuple[str, ...]
    topics: tuple[str, ...]
    indicators: tuple[IndicatorSpec, ...]


def _ind(name: str, unit: str, direction: str, low: float, high: float) -> IndicatorSpec:
    return IndicatorSpec(name, unit, direction, low, high)


THEMES: tuple[Theme, ...] = (
    Theme(
        "Ett konkurrenskraftigt och innovativt näringsliv",
        "Länets företag ska kunna växa, ställa om och konkurrera på en internationell "
        "marknad. Regionen stödjer innovation, entreprenörskap och smart specialisering i "
        "samverkan med akademin, kommunerna och det företagsfrämjande systemet.",
        (8, 9),
        (
            "Fler växande företag i hela länet",
            "Ökad innovationsförmåga i små och medelstora företag",
            "Ett starkare entreprenörskap bland unga och utrikes födda",
            "Ökad export och internationalisering",
            "Stärkta innovationsmiljöer inom länets styrkeområden",
        ),
        (
            "Innovationsstöd till små och medelstora företag",
            "Smart specialisering",
            "Entreprenörskap i skolan",
            "Ett samordnat företagsfrämjande system",
            "Internationalisering och exportfrämjande",
            "Kapitalförsörjning för växande företag",
            "Testbäddar och demonstrationsmiljöer",
            "Cirkulära affärsmodeller",
        ),
        (
            "smart specialisering",
            "företagens innovationsförmåga",
            "det företagsfrämjande systemet",
            "kapitalförsörjningen i länet",
            "exportmognaden hos små företag",
            "länets testbäddar",
            "cirkulära affärsmodeller",
            "entreprenörskap bland unga",
        ),
        (
            _ind("Nyföretagande per 1 000 invånare", "antal", "öka", 6, 12),
            _ind("Andel företag med innovationsverksamhet", "procent", "öka", 35, 55),
            _ind("Bruttoregionprodukt per sysselsatt", "tkr", "öka", 700, 950),
            _ind("Antal exporterande företag", "antal", "öka", 800, 5000),
            _ind(
                "Utgifter för forskning och utveckling som andel av BRP", "procent", "öka", 1, 3.5
            ),
        ),
    ),
    Theme(
        "Kompetensförsörjning och livslångt lärande",
        "Arbetsgivare i länet ska hitta den kompetens de behöver och invånarna ska kunna "
        "utbilda sig genom hela livet, oavsett var i länet de bor.",
        (4, 8),
        (
            "Höjd utbildningsnivå i hela länet",
            "Bättre matchning på arbetsmarknaden",
            "Fler unga fullföljer gymnasieskolan",
            "Ökad tillgång till vuxenutbildning och yrkeshögskola",
            "Fler utrikes födda i arbete",
        ),
        (
            "Kompetensplattformen och branschråden",
            "Validering och yrkesvux",
            "Studie- och yrkesvägledning",
            "Lärcentrum i länets kommuner",
            "Kompetensförsörjning i vård och omsorg",
            "Omställning och kompetenslyft i industrin",
            "Högre utbildning på distans",
            "Unga som varken arbetar eller studerar",
        ),
        (
            "kompetensbehoven i vård och omsorg",
            "matchningen på arbetsmarknaden",
            "yrkeshögskolans utbildningsutbud",
            "validering av yrkeskunskaper",
            "lärcentrumens verksamhet",
            "unga som varken arbetar eller studerar",
            "kompetensförsörjningen i industrin",
            "studie- och yrkesvägledningen",
        ),
        (
            _ind("Sysselsättningsgrad 20–64 år", "procent", "öka", 76, 84),
            _ind(
                "Andel elever som fullföljer gymnasieskolan inom fyra år", "procent", "öka", 65, 80
            ),
            _ind("Andel invånare 25–64 år med eftergymnasial utbildning", "procent", "öka", 30, 50),
            _ind(
                "Andel unga 16–24 år som varken arbetar eller studerar", "procent", "minska", 5, 11
            ),
            _ind("Långtidsarbetslöshet 25–64 år", "procent", "minska", 2, 6),
        ),
    ),
    Theme(
        "Klimatomställning och hållbar energi",
        "Länet ska vara fossilfritt och klimatanpassat, med en trygg tillgång till förnybar "
        "energi och en natur som ger förutsättningar för både biologisk mångfald och näringar.",
        (7, 12, 13, 15),
        (
            "Minskade utsläpp av växthusgaser",
            "Ökad produktion av förnybar energi",
            "Ett resurseffektivt och cirkulärt samhälle",
            "Ett robust och klimatanpassat län",
            "En levande natur och rik biologisk mångfald",
        ),
        (
            "Energieffektivisering i företag och fastigheter",
            "Fossilfria transporter",
            "Vätgas och elektrifiering",
            "Cirkulär ekonomi i offentlig upphandling",
            "Klimatanpassning i samhällsplaneringen",
            "Grön infrastruktur",
            "Hållbar livsmedelsproduktion",
            "Solenergi och lokal energiproduktion",
        ),
        (
            "länets klimatfärdplan",
            "energieffektivisering i små företag",
            "laddinfrastrukturen",
            "den cirkulära ekonomin",
            "klimatanpassningen i kommunerna",
            "den gröna infrastrukturen",
            "förnybar elproduktion",
            "hållbar livsmedelsproduktion",
        ),
        (
            _ind(
                "Utsläpp av växthusgaser per invånare", "ton koldioxidekvivalenter", "minska", 3, 7
            ),
            _ind("Andel förnybar energi i slutanvändningen", "procent", "öka", 40, 70),
            _ind("Andel miljöbilar i kommunernas organisationer", "procent", "öka", 20, 60),
            _ind("Insamlat hushållsavfall per invånare", "kg", "minska", 380, 520),
            _ind("Andel formellt skyddad natur av landarealen", "procent", "öka", 3, 10),
        ),
    ),
    Theme(
        "Tillgänglighet och hållbara transporter",
        "Goda kommunikationer binder samman länet och knyter det till omvärlden. Resor och "
        "transporter ska vara hållbara, och hela länet ska ha tillgång till snabbt bredband.",
        (9, 11),
        (
            "God tillgänglighet till arbete, utbildning och service",
            "Ett attraktivt och hållbart resande",
            "Full tillgång till snabbt bredband",
            "Effektiva och hållbara godstransporter",
        ),
        (
            "Regional transportinfrastrukturplan",
            "Kollektivtrafik på landsbygden",
            "Bredbandsutbyggnad",
            "Gång och cykel i vardagen",
            "Godsstråk och logistiknoder",
            "Nya mobilitetstjänster",
            "Tågtrafik i de regionala stråken",
            "Digital tillgång till service",
        ),
        (
            "den regionala transportinfrastrukturplanen",
            "kollektivtrafiken på landsbygden",
            "bredbandsutbyggnaden",
            "cykelinfrastrukturen",
            "godsstråken genom länet",
            "pendlingsmönstren i länet",
            "tågtrafiken i de regionala stråken",
            "den digitala tillgängligheten",
        ),
        (
            _ind("Andel hushåll med tillgång till minst 1 Gbit/s", "procent", "öka", 60, 95),
            _ind("Kollektivtrafikens marknadsandel", "procent", "öka", 15, 35),
            _ind(
                "Andel invånare med högst 45 minuters restid till en regional kärna",
                "procent",
                "öka",
                70,
                95,
            ),
            _ind("Resor med kollektivtrafik per invånare", "antal", "öka", 40, 200),
        ),
    ),
    Theme(
        "Attraktiva livsmiljöer och levande landsbygd",
        "Människor ska vilja bo, leva och verka i hela länet. Det kräver bostäder, service, "
        "mötesplatser och ett rikt kulturliv i både städer, tätorter och på landsbygden.",
        (11,),
        (
            "Ett befolkningsmässigt växande län",
            "Levande landsbygder och tätorter",
            "God tillgång till bostäder för alla",
            "Tillgång till kommersiell och offentlig service",
            "Ett rikt kultur- och fritidsliv",
        ),
        (
            "Service på landsbygden",
            "Bostadsförsörjning",
            "Platsutveckling",
            "Attraktionskraft och inflyttning",
            "Lokalt ledd utveckling",
            "Kultur i hela länet",
            "Mötesplatser för unga",
            "Servicepunkter i mindre orter",
        ),
        (
            "servicen på landsbygden",
            "bostadsförsörjningen",
            "länets attraktionskraft",
            "platsutvecklingen i mindre orter",
            "kulturens roll i samhällsutvecklingen",
            "inflyttning och återflyttning",
            "den lokalt ledda utvecklingen",
            "mötesplatser för unga",
        ),
        (
            _ind("Befolkningsförändring", "procent", "öka", -0.5, 1.5),
            _ind(
                "Andel invånare som rekommenderar kommunen som boendeort", "procent", "öka", 50, 75
            ),
            _ind("Antal dagligvarubutiker på landsbygden", "antal", "bibehåll", 40, 120),
            _ind("Nettoinflyttning 25–39 år", "antal", "öka", -300, 900),
        ),
    ),
    Theme(
        "Social hållbarhet och god hälsa",
        "Alla invånare ska ha goda och jämlika förutsättningar att leva ett gott liv, "
        "med god hälsa, tillit och delaktighet i samhällets utveckling.",
        (3, 5, 10, 16),
        (
            "En god och jämlik hälsa",
            "Ökad delaktighet och tillit",
            "Minskade skillnader i livsvillkor",
            "Ett jämställt län",
            "Goda uppväxtvillkor för barn och unga",
        ),
        (
            "Folkhälsa och förebyggande arbete",
            "Jämställdhetsintegrering",
            "Civilsamhällets roll",
            "Barnets rättigheter",
            "Psykisk hälsa bland unga",
            "Inkludering av nyanlända",
            "Trygghet i offentliga miljöer",
            "Social ekonomi",
        ),
        (
            "folkhälsan i länet",
            "jämställdhetsintegreringen",
            "civilsamhällets förutsättningar",
            "den psykiska hälsan bland unga",
            "barns uppväxtvillkor",
            "den sociala ekonomin",
            "tryggheten i offentliga miljöer",
            "etableringen av nyanlända",
        ),
        (
            _ind("Andel invånare med bra självskattat hälsotillstånd", "procent", "öka", 65, 80),
            _ind("Valdeltagande i regionvalet", "procent", "öka", 78, 88),
            _ind("Andel barn i ekonomiskt utsatta hushåll", "procent", "minska", 8, 20),
            _ind("Skillnad i medellivslängd mellan utbildningsgrupper", "år", "minska", 3, 6),
            _ind("Andel invånare som har tillit till andra", "procent", "öka", 55, 75),
        ),
    ),
    Theme(
        "Digitalisering och innovation i offentlig sektor",
        "Digitaliseringens möjligheter ska tas tillvara för att utveckla välfärden och "
        "förvaltningen, samtidigt som ingen invånare lämnas utanför.",
        (9, 16),
        (
            "En digitalt inkluderad befolkning",
            "En offentlig sektor som driver innovation",
            "En datadriven samhällsutveckling",
            "En säker och robust digital infrastruktur",
        ),
        (
            "Digital kompetens i kommunerna",
            "Innovationsupphandling",
            "Öppna data",
            "Välfärdsteknik",
            "Digital delaktighet för äldre",
            "AI i offentlig förvaltning",
            "Informationssäkerhet",
            "Gemensamma digitala tjänster",
        ),
        (
            "öppna data",
            "välfärdstekniken i kommunerna",
            "innovationsupphandling",
            "den digitala delaktigheten",
            "AI i offentlig förvaltning",
            "informationssäkerheten",
            "gemensamma e-tjänster",
            "datadriven analys",
        ),
        (
            _ind("Andel invånare som använder offentliga e-tjänster", "procent", "öka", 70, 92),
            _ind("Antal publicerade öppna datamängder", "antal", "öka", 10, 200),
            _ind("Andel kommuner med en plan för välfärdsteknik", "procent", "öka", 30, 90),
            _ind(
                "Andel invånare 65 år och äldre som använder internet dagligen",
                "procent",
                "öka",
                55,
                85,
            ),
        ),
    ),
    Theme(
        "Besöksnäring, kultur och kreativa näringar",
        "Länets natur, kulturarv och kulturliv är resurser för både livskvalitet och "
        "företagande. En hållbar besöksnäring ska vara öppen året runt.",
        (8, 11, 12),
        (
            "En hållbar och året runt öppen besöksnäring",
            "Fler kulturella och kreativa företag",
            "Ett tillgängligt kulturliv i hela länet",
            "Ett starkare platsvarumärke",
        ),
        (
            "Hållbar destinationsutveckling",
            "Kulturella och kreativa näringar",
            "Evenemang med regional betydelse",
            "Naturturism och friluftsliv",
            "Kulturarvet som resurs",
            "Film och rörlig bild",
            "Internationell marknadsföring",
            "Måltidsturism",
        ),
        (
            "destinationsutvecklingen",
            "de kulturella och kreativa näringarna",
            "evenemangen i länet",
            "naturturismen",
            "kulturarvet",
            "filmproduktionen i länet",
            "platsvarumärket",
            "måltidsturismen",
        ),
        (
            _ind("Antal gästnätter", "antal", "öka", 500_000, 4_000_000),
            _ind("Omsättning i besöksnäringen", "mnkr", "öka", 2000, 12000),
            _ind("Sysselsatta i kulturella och kreativa näringar", "antal", "öka", 1500, 12000),
            _ind("Andel utländska gästnätter", "procent", "öka", 10, 30),
        ),
    ),
)

UNITS: tuple[tuple[str, int], ...] = (  # (name, index of the unit's main category)
    ("Enheten för kunskap och analys", 0),
    ("Enheten för näringsliv och innovation", 3),
    ("Enheten för kompetensförsörjning", 1),
    ("Enheten för samhällsplanering och infrastruktur", 4),
    ("Enheten för energi och klimat", 4),
    ("Enheten för kultur och bildning", 1),
    ("Enheten för landsbygdsutveckling", 3),
    ("Enheten för folkhälsa och social hållbarhet", 4),
    ("Enheten för kommunikation och internationella frågor", 2),
    ("Stabsenheten för regional utveckling", 5),
)

TITLES: tuple[tuple[str, ...], ...] = (  # per category, {t} is a topic
    (
        "Ta fram en regional analys av {t}",
        "Genomföra en kartläggning av {t}",
        "Sammanställa en lägesbild över {t}",
        "Uppdatera kunskapsunderlaget om {t}",
        "Följa upp indikatorerna för {t}",
        "Beställa en extern utvärdering av {t}",
        "Analysera statistik om {t} per kommun och kön",
    ),
    (
        "Samordna det regionala nätverket för {t}",
        "Leda en samverkansgrupp kring {t} med länets kommuner",
        "Etablera ett partnerskap med lärosätena om {t}",
        "Delta i nationella nätverk om {t}",
        "Utveckla samverkan med grannregionerna kring {t}",
        "Bjuda in till rundabordssamtal om {t}",
    ),
    (
        "Arrangera en regional konferens om {t}",
        "Ta fram en kommunikationsplan för arbetet med {t}",
        "Driva påverkansarbete gentemot staten i frågor om {t}",
        "Publicera goda exempel på {t}",
        "Samordna regionens remissvar som rör {t}",
        "Genomföra en informationsinsats om {t}",
    ),
    (
        "Utlysa regionala projektmedel för {t}",
        "Medfinansiera projekt inom {t}",
        "Bereda ansökningar om EU-medel för {t}",
        "Fördela verksamhetsbidrag med inriktning på {t}",
        "Ta fram en finansieringsplan för {t}",
    ),
    (
        "Ge processtöd till kommunerna i arbetet med {t}",
        "Stödja aktörernas ansökningar inom {t}",
        "Leda workshoppar om {t} för länets aktörer",
        "Utveckla en metod för lärande utvärdering av {t}",
        "Coacha projektägare inom {t}",
    ),
    (
        "Utveckla rutiner för uppföljning av {t}",
        "Införa ett gemensamt ärendestöd för {t}",
        "Ta fram en intern handlingsplan för {t}",
        "Kompetensutveckla medarbetarna i frågor om {t}",
        "Se över delegationsordningen för beslut om {t}",
    ),
)

PURPOSES = (
    "Att skapa ett gemensamt kunskapsunderlag om {t} för länets aktörer.",
    "Att stärka samverkan mellan kommuner, näringsliv och akademi kring {t}.",
    "Att öka kännedomen om {t} bland beslutsfattare i länet.",
    "Att möjliggöra fler och större insatser inom {t}.",
    "Att ge kommunerna bättre förutsättningar att arbeta med {t}.",
    "Att effektivisera regionens eget arbete med {t}.",
    "Att länets aktörer ska kunna prioritera gemensamt inom {t}.",
)
PURPOSE_TAILS = (
    "Arbetet bidrar till att genomföra {s}.",
    "Insatsen följer av beslut i regionala utvecklingsnämnden.",
    "Behovet har lyfts i länsdialogen med kommunerna.",
    "Underlaget ska kunna användas i nästa aktualitetsprövning av strategin.",
    "Erfarenheterna från förra årets insatser tas tillvara och sprids till fler kommuner.",
    "Insatsen ska också ge underlag för det nationella uppdraget från Tillväxtverket.",
)
GOALS: tuple[tuple[str, ...], ...] = (  # per category, like TITLES
    (
        "Rapporten är publicerad och presenterad för regionala utvecklingsnämnden.",
        "Underlaget används i minst {n} kommuners planering.",
        "Indikatorerna är uppdaterade och publicerade på regionens webbplats.",
    ),
    (
        "Minst {n} kommuner deltar aktivt i arbetet.",
        "En gemensam handlingsplan är antagen av partnerskapet.",
        "Nätverket har träffats minst fyra gånger under året.",
    ),
    (
        "Konferensen har minst {p} deltagare och får ett gott betyg i utvärderingen.",
        "Regionens ståndpunkter har förts fram i minst {n} nationella sammanhang.",
        "Minst {k} goda exempel är publicerade.",
    ),
    (
        "{n} projekt har beviljats medel och startat.",
        "Minst {k} företag har tagit del av insatsen.",
        "Hela den avsatta ramen är beslutad före årets slut.",
    ),
    (
        "Alla kommuner i länet har erbjudits stöd.",
        "Minst {n} aktörer har fått processtöd under året.",
        "Deltagarna bedömer att stödet har stärkt deras förmåga.",
    ),
    (
        "Rutinen är införd och används i hela förvaltningen.",
        "Alla medarbetare på enheten har genomgått utbildningen.",
        "Handläggningstiden har minskat jämfört med föregående år.",
    ),
)
COMMENTS = (
    "Genomförs tillsammans med Länsstyrelsen.",
    "Kopplas till programmet för Europeiska regionala utvecklingsfonden.",
    "Tidplanen justerad efter dialog med kommunerna.",
    "Resursförstärkning behövs under hösten.",
    "Försenad på grund av vakans, ny tidplan tas fram.",
    "Delfinansieras av Tillväxtverket.",
    "Beroende av beslut i regionstyrelsen i juni.",
    "Samordnas med grannregionerna inom ramen för det storregionala samarbetet.",
)
FOLLOW_UP_COMMENTS = {
    "planerad": ("Ej påbörjad.", "Start enligt plan efter sommaren."),
    "pågår": ("Enligt plan.", "Upphandling pågår.", "Första delrapporten är klar."),
    "klar": ("Avslutad och rapporterad.", "Klar, resultatet redovisat i nämnden."),
    "försenad": ("Försenad, ny tidplan tas fram.", "Väntar på underlag från kommunerna."),
    "pausad": ("Pausad i avvaktan på finansiering.",),
    "struken": ("Struken efter omprioritering i nämnden.",),
}
AUDIENCES = (
    "Länets kommuner",
    "Näringslivet",
    "Civilsamhället",
    "Lärosätena",
    "Länsstyrelsen",
    "Regionala utvecklingsnämnden",
    "Unga 16–25 år",
    "Nyanlända",
    "Små och medelstora företag",
    "Besöksnäringen",
    "Arbetsförmedlingen",
    "Regionens förvaltningar",
)
FIRST_NAMES = (
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Emma",
    "Kristina",
    "Johanna",
    "Elin",
    "Lars",
    "Mikael",
    "Anders",
    "Johan",
    "Erik",
    "Per",
    "Karl",
    "Fredrik",
    "Jonas",
    "Björn",
    "Åsa",
    "Märta",
    "Ölvir",
    "Håkan",
    "Göran",
    "Jörgen",
    "Ingrid",
    "Sofia",
    "Amir",
    "Leila",
)
LAST_NAMES = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Lindberg",
    "Åberg",
    "Öberg",
    "Ström",
    "Sjöberg",
    "Bäckström",
    "Holm",
    "Haddad",
)
EVENTS: tuple[tuple[str, int | tuple[int, ...], str], ...] = (  # (name, month(s), typ)
    ("Uppstart av årets aktivitetsplaner", 1, "planering"),
    ("Årsredovisning och verksamhetsberättelse", 2, "rapport"),
    ("Återrapportering till Tillväxtverket", 2, "rapport"),
    ("Uppföljningsrapport för strategin", 3, "uppföljning"),
    ("Indikatoruppdatering från Kolada och SCB", (3, 4), "uppföljning"),
    ("Länsdialog med kommunerna, vår", 4, "dialog"),
    ("Tertialrapport 1", 5, "rapport"),
    ("Regionalt utvecklingsforum", 5, "lärande"),
    ("Samråd med Länsstyrelsen", 6, "dialog"),
    ("Budgetdialog och verksamhetsplanering", 6, "planering"),
    ("Delårsrapport", (8, 9), "rapport"),
    ("Strategisk workshop om nästa års aktivitetsplaner", 9, "planering"),
    ("Tertialrapport 2", 9, "rapport"),
    ("Länsdialog med kommunerna, höst", 10, "dialog"),
    ("Dialog med näringslivets organisationer", 10, "dialog"),
    ("Seminarium om lärande utvärdering", 11, "lärande"),
    ("Beslut om verksamhetsplan och budget", 11, "beslut"),
    ("Beslut om regionala utlysningar", 12, "beslut"),
    ("Nätverksträff för regionala utvecklingsledare", (3, 9), "lärande"),
    ("Politisk referensgrupp", (2, 5, 9, 11), "dialog"),
    ("Kommunchefsforum", (1, 4, 10), "dialog"),
    ("Beslut om medfinansiering av EU-projekt", (4, 10), "beslut"),
)
EVENT_OWNERS = (
    "Analysenheten",
    "Regionala utvecklingsförvaltningen",
    "Kansliet",
    "Enheten för kommunikation",
    "Ekonomienheten",
)
EVENT_AUDIENCES = (
    "Regionala utvecklingsnämnden",
    "Regionstyrelsen",
    "Länets kommuner",
    "Länsstyrelsen",
    "Förvaltningens chefer",
    "Näringslivet",
    "Civilsamhället",
)


# --------------------------------------------------------------------------- YAML text

_PLAIN_FIRST = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_NOT_TEXT = re.compile(
    r"(?i)[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|\d{4}-\d\d-\d\d.*|"
    r"y|n|yes|no|on|off|true|false|null|~|[-+]?\.(inf|nan)"
)


def scalar(text: str, flow: bool = False) -> str:
    """``text`` as a plain scalar when YAML reads it back unchanged, else double-quoted."""
    plain = (
        bool(text)
        and _PLAIN_FIRST.match(text) is not None
        and ": " not in text
        and " #" not in text
        and "\n" not in text
        and not text.endswith((":", " "))
        and _NOT_TEXT.fullmatch(text) is None
        and not (flow and any(c in text for c in ",[]{}"))
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap (faster than textwrap for our plain sentences)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def text_field(out: list[str], indent: int, key: str, text: str) -> None:
    """Append ``key: text``: a folded ``>-`` block when long, else one scalar line."""
    pad = " " * indent
    if len(text) + indent + len(key) + 2 <= WRAP:
        out.append(f"{pad}{key}: {scalar(text)}")
        return
    out.append(f"{pad}{key}: >-")
    out.extend(f"{pad}  {line}" for line in wrap(text, WRAP - indent - 2))


def flow_list(items: Sequence[str | int]) -> str:
    texts = (str(i) if isinstance(i, int) else scalar(i, flow=True) for i in items)
    return "[" + ", ".join(texts) + "]"


def list_field(out: list[str], indent: int, key: str, items: Sequence[str], block: bool) -> None:
    pad = " " * indent
    if not block:
        out.append(f"{pad}{key}: {flow_list(items)}")
        return
    out.append(f"{pad}{key}:")
    out.extend(f"{pad}  - {scalar(item)}" for item in items)


# --------------------------------------------------------------------------- strategy


@dataclass(frozen=True)
class Target:
    """A strategy node an activity can contribute to (a mål or a prioritering)."""

    id: str
    area: int
    theme: Theme


@dataclass
class StrategyInfo:
    id: str
    name: str
    area_ids: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)


def strategy_header(region: Region, info: StrategyInfo) -> list[str]:
    return [
        f"# {info.name}, {region.name}.",
        "# SYNTETISK testdata för rustools prestandamätning; värdena är påhittade.",
        "typ: strategi",
        f"id: {info.id}",
        f"namn: {scalar(info.name)}",
        "region:",
        f"  namn: {scalar(region.name)}",
        f'  länskod: "{region.code}"',
        "period:",
        "  från: 2021",
        "  till: 2030",
        f"vision: Ett hållbart {region.county} med utvecklingskraft i hela länet",
        "principer: [Möjliggörande, Utforskande, Platsbaserat, Inkluderande]",
        "# Regionens fyra roller i utvecklingsarbetet.",
        f"roller: {flow_list(ROLES)}",
    ]


def categories_block(rng: random.Random) -> list[str]:
    if rng.random() < 0.3:  # some regions rely on the default categories
        return ["# Kategorierna följer förvaltningens mall (standardvärdet)."]
    return ["kategorier:", *(f"  - {c}" for c in CATEGORIES)]


def indicator_lines(rng: random.Random, spec: IndicatorSpec, ind_id: str) -> list[str]:
    base = rng.uniform(spec.low, spec.high)
    sign = {"öka": 1, "minska": -1, "bibehåll": 0}[spec.direction]
    step = abs(base) * rng.uniform(0.01, 0.03) + 0.1
    target = base + sign * step * 8
    lines = [
        f"          - id: {ind_id}",
        f"            namn: {scalar(spec.name)}",
    ]
    if rng.random() < 0.6:
        lines.append(f"            kolada: N{rng.randrange(100, 99999):05d}")
    lines += [
        f"            enhet: {scalar(spec.unit)}",
        f"            riktning: {spec.direction}",
        f"            baslinje: {{år: 2019, värde: {_num(base)}}}",
        f"            målvärde: {{år: 2030, värde: {_num(target)}}}",
    ]
    years = [y for y in range(2021, 2026) if rng.random() < 0.7]
    if years:
        lines.append("            utfall:")
        for year in years:
            value = base + sign * step * (year - 2019) * rng.uniform(0.3, 1.2)
            lines.append(f"              - {{år: {year}, värde: {_num(value)}}}")
    return lines


def _num(value: float) -> str:
    return str(round(value)) if abs(value) >= 1000 else f"{value:.1f}"


def priority_lines(rng: random.Random, theme: Theme, prio_id: str, name: str) -> list[str]:
    lines = [f"          - id: {prio_id}", f"            namn: {scalar(name)}"]
    if rng.random() < 0.4:
        topic = rng.choice(theme.topics)
        text_field(
            lines,
            12,
            "beskrivning",
            f"Insatser för att utveckla {topic} i samverkan med länets aktörer.",
        )
    if rng.random() < 0.5:
        focus = [t[0].upper() + t[1:] for t in rng.sample(theme.topics, rng.randint(1, 3))]
        list_field(lines, 12, "insatsområden", focus, block=rng.random() < 0.5)
    return lines


def goal_lines(
    rng: random.Random,
    theme: Theme,
    a: int,
    g: int,
    name: str,
    prio_names: list[str],
    info: StrategyInfo,
) -> list[str]:
    goal_id = f"M{a}.{g}"
    info.targets.append(Target(goal_id, a, theme))
    lines = [f"      - id: {goal_id}", f"        namn: {scalar(name)}"]
    if rng.random() < 0.5:
        text_field(
            lines,
            8,
            "beskrivning",
            f"{name} är en förutsättning för {theme.name.lower()}"
            f" och följs upp årligen i strategins uppföljningsrapport.",
        )
    goals2030 = sorted(rng.sample(theme.agenda2030, rng.randint(1, len(theme.agenda2030))))
    lines.append(f"        agenda2030: {flow_list(goals2030)}")
    specs = rng.sample(theme.indicators, rng.randint(1, 3))
    lines.append("        indikatorer:")
    for i, spec in enumerate(specs, 1):
        lines += indicator_lines(rng, spec, f"I{a}.{g}.{i}")
    if prio_names:
        lines.append("        prioriteringar:")
        for p, prio in enumerate(prio_names, 1):
            lines += priority_lines(rng, theme, f"P{a}.{g}.{p}", prio)
            info.targets.append(Target(f"P{a}.{g}.{p}", a, theme))
    return lines


def area_lines(rng: random.Random, theme: Theme, a: int, info: StrategyInfo) -> list[str]:
    area_id = f"O{a}"
    info.area_ids.append(area_id)
    lines = [
        f"  # {'-' * 40} {theme.name}",
        f"  - id: {area_id}",
        f"    namn: {scalar(theme.name)}",
    ]
    text_field(lines, 4, "beskrivning", theme.description)
    lines.append("    mål:")
    goals = rng.sample(theme.goals, rng.randint(3, 4))
    prios = rng.sample(theme.priorities, len(theme.priorities))
    for g, name in enumerate(goals, 1):
        count = rng.randint(0, 3)
        taken, prios = prios[:count], prios[count:]
        lines += goal_lines(rng, theme, a, g, name, taken, info)
    return lines


def build_strategy(rng: random.Random, region: Region) -> tuple[str, StrategyInfo]:
    info = StrategyInfo(
        f"{region.slug}-rus-2030", f"Regional utvecklingsstrategi för {region.county} 2021–2030"
    )
    lines = strategy_header(region, info) + categories_block(rng) + ["", "områden:"]
    for a, theme in enumerate(rng.sample(THEMES, 3), 1):
        lines += area_lines(rng, theme, a, info)
    return "\n".join(lines) + "\n", info


# --------------------------------------------------------------------------- årshjul


def event_lines(
    rng: random.Random, n: int, spec: tuple[str, int | tuple[int, ...], str], info: StrategyInfo
) -> list[str]:
    name, months, kind = spec
    month_text = str(months) if isinstance(months, int) else flow_list(months)
    lines = [
        f"  - id: H{n:02d}",
        f"    namn: {scalar(name)}",
        f"    månad: {month_text}",
        f"    typ: {kind}",
    ]
    list_field(
        lines,
        4,
        "målgrupp",
        rng.sample(EVENT_AUDIENCES, rng.randint(1, 3)),
        block=rng.random() < 0.3,
    )
    lines.append(f"    ansvarig: {rng.choice(EVENT_OWNERS)}")
    if rng.random() < 0.4:
        links = rng.sample(info.area_ids + [t.id for t in info.targets], rng.randint(1, 3))
        lines.append(f"    kopplar_till: {flow_list(links)}")
    return lines


def build_wheel(rng: random.Random, region: Region, info: StrategyInfo) -> str:
    lines = [
        f"# Årshjul för styrning och uppföljning av strategin i {region.county}.",
        "typ: årshjul",
        f"id: {region.slug}-arshjul",
        f"namn: {scalar('Årshjul för ' + info.name)}",
        f"strategi: {info.id}",
        "cykel: år",
        "händelser:",
    ]
    chosen = sorted(rng.sample(range(len(EVENTS)), 20))
    for n, index in enumerate(chosen, 1):
        lines += event_lines(rng, n, EVENTS[index], info)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- activity plans

DUE_FORMS = ("day", "month", "quarter", "tertial", "year")
DUE_WEIGHTS = (30, 25, 15, 25, 5)
TERTIAL_STARTS = (date(PLAN_YEAR, 1, 1), date(PLAN_YEAR, 5, 1), date(PLAN_YEAR, 9, 1))


def due_date(rng: random.Random) -> tuple[str, date]:
    """A due date as written (all five forms) and its last day, in 2026 or early 2027."""
    year = PLAN_YEAR if rng.random() < 0.9 else PLAN_YEAR + 1
    month = rng.randint(1, 12) if year == PLAN_YEAR else rng.randint(1, 6)
    form = rng.choices(DUE_FORMS, DUE_WEIGHTS)[0]
    if form == "day":
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        return f'"{year}-{month:02d}-{day:02d}"', date(year, month, day)
    if form == "month":
        return f"{year}-{month:02d}", _month_end(year, month)
    if form == "quarter":
        q = (month - 1) // 3 + 1
        return f"{year}-Q{q}", _month_end(year, 3 * q)
    if form == "tertial":
        t = (month - 1) // 4 + 1
        return f"{year}-T{t}", _month_end(year, 4 * t)
    return str(year), date(year, 12, 31)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def pick_status(rng: random.Random, due: date, today: date) -> str:
    if due < today:
        return "klar" if rng.random() < 0.88 else "struken"
    return rng.choices(OPEN_STATUSES, OPEN_WEIGHTS)[0]


def follow_up_lines(rng: random.Random, status: str, today: date) -> list[str]:
    """Tertial follow-ups up to today; the last one carries the activity's status."""
    periods = [f"{PLAN_YEAR}-T{i}" for i, s in enumerate(TERTIAL_STARTS, 1) if s <= today]
    periods = periods[: rng.randint(1, len(periods))]
    lines = ["    uppföljning:"]
    block = rng.random() < 0.25
    for i, period in enumerate(periods):
        last = i == len(periods) - 1
        state = status if last else ("pågår" if i else rng.choice(("planerad", "pågår")))
        comment = rng.choice(FOLLOW_UP_COMMENTS[state]) if last or rng.random() < 0.3 else None
        if block:
            lines += [f"      - period: {period}", f"        status: {state}"]
            if comment:
                lines.append(f"        kommentar: {scalar(comment)}")
        else:
            tail = f", kommentar: {scalar(comment, flow=True)}" if comment else ""
            lines.append(f"      - {{period: {period}, status: {state}{tail}}}")
    return lines


@dataclass
class PlanContext:
    rng: random.Random
    info: StrategyInfo
    today: date
    main_category: int
    counter: int = 0  # activities written in this region so far (for full coverage)


def pick_targets(ctx: PlanContext) -> list[Target]:
    rng, targets = ctx.rng, ctx.info.targets
    first = targets[ctx.counter % len(targets)] if ctx.counter < len(targets) else None
    ctx.counter += 1
    chosen = [first or rng.choice(targets)]
    if rng.random() < 0.3:
        other = rng.choice(targets)
        if other.area != chosen[0].area:  # never a node and its own ancestor
            chosen.append(other)
    return chosen


def pick_category(ctx: PlanContext) -> int:
    weights = [4 if i == ctx.main_category else 1 for i in range(len(CATEGORIES))]
    return ctx.rng.choices(range(len(CATEGORIES)), weights)[0]


def pick_role(rng: random.Random, category: int) -> str:
    natural = {1: "Nätverkaren", 3: "Finansiären", 4: "Kapacitetsbyggaren"}
    return natural.get(category, "Utföraren") if rng.random() < 0.7 else rng.choice(ROLES)


def sentence(rng: random.Random, templates: Sequence[str], topic: str, ctx: PlanContext) -> str:
    text = rng.choice(templates).format(
        t=topic,
        s=ctx.info.name,
        n=rng.randint(3, 12),
        k=rng.randrange(10, 200, 5),
        p=rng.randrange(50, 400, 10),
    )
    return text[0].upper() + text[1:]


def activity_lines(ctx: PlanContext, act_id: str, category: int) -> list[str]:
    rng = ctx.rng
    targets = pick_targets(ctx)
    topic = rng.choice(targets[0].theme.topics)
    purpose = sentence(rng, PURPOSES, topic, ctx)
    if rng.random() < 0.1:
        purpose += " " + sentence(rng, PURPOSE_TAILS, topic, ctx)
    due_text, due = due_date(rng)
    status = pick_status(rng, due, ctx.today)
    lines = [
        f"  - id: {act_id}",
        f"    kategori: {CATEGORIES[category]}",
        f"    aktivitet: {scalar(sentence(rng, TITLES[category], topic, ctx))}",
    ]
    text_field(lines, 4, "syfte", purpose)
    text_field(lines, 4, "mål", sentence(rng, GOALS[category], topic, ctx))
    lines.append(f"    ansvarig: {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}")
    lines.append(f"    klart_senast: {due_text}")
    if rng.random() < 0.15:
        text_field(lines, 4, "kommentar", " ".join(rng.sample(COMMENTS, rng.randint(1, 2))))
    list_field(lines, 4, "bidrar_till", [t.id for t in targets], block=rng.random() < 0.15)
    lines += optional_activity_lines(ctx, category, status)
    return lines


def optional_activity_lines(ctx: PlanContext, category: int, status: str) -> list[str]:
    rng = ctx.rng
    lines: list[str] = []
    if rng.random() < 0.75:
        lines.append(f"    roll: {pick_role(rng, category)}")
    note = "  # uppdaterad vid tertialuppföljningen" if rng.random() < 0.05 else ""
    lines.append(f"    status: {status}{note}")
    if rng.random() < 0.4:
        list_field(
            lines, 4, "målgrupp", rng.sample(AUDIENCES, rng.randint(1, 3)), block=rng.random() < 0.3
        )
    if rng.random() < 0.55:
        high = 5_000_000 if category == 3 else 800_000
        lines.append(f"    budget_kr: {rng.randrange(10_000, high, 5_000)}")
    if rng.random() < 0.15 or status in ("försenad", "pausad", "struken"):
        lines += follow_up_lines(rng, status, ctx.today)
    return lines


def plan_header(ctx: PlanContext, unit: str) -> list[str]:
    lines = [
        f"# Aktivitetsplan {PLAN_YEAR} – {unit}",
        "# Kolumnerna följer förvaltningens mall: Kategori, Aktivitet, Syfte, Mål, Ansvarig,",
        "# Klart senast och Kommentar.",
        "typ: aktivitetsplan",
        f"enhet: {scalar(unit)}",
        f"strategi: {ctx.info.id}",
        f"år: {PLAN_YEAR}",
    ]
    text_field(
        lines,
        0,
        "uppdrag",
        f"{unit} ska enligt verksamhetsplanen bidra till att "
        f"genomföra {ctx.info.name} genom kunskapsunderlag, samverkan och stöd till "
        f"länets aktörer. Enheten ansvarar också för uppföljning inom sitt område.",
    )
    return lines + ["", "aktiviteter:"]


def build_plan(ctx: PlanContext, unit_no: int, count: int) -> str:
    unit, ctx.main_category = UNITS[(unit_no - 1) % len(UNITS)]
    if unit_no > len(UNITS):  # --one-workspace: more units than names, so number them
        unit = f"{unit} {(unit_no - 1) // len(UNITS) + 1}"
    categories = sorted(pick_category(ctx) for _ in range(count))
    width = max(4, len(str(count)))
    lines = plan_header(ctx, unit)
    previous = -1
    for n, category in enumerate(categories, 1):
        if category != previous:
            lines.append(f"  # {'─' * 4} {CATEGORIES[category]} {'─' * 4}")
            previous = category
        lines += activity_lines(ctx, f"U{unit_no:02d}-{n:0{width}d}", category)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- driver


@dataclass
class Totals:
    files: int = 0
    bytes: int = 0
    activities: int = 0


def write(path: Path, text: str, totals: Totals) -> None:
    data = text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    totals.files += 1
    totals.bytes += len(data)


def write_region(
    out: Path,
    region: Region,
    scale: int,
    seed: int,
    today: date,
    totals: Totals,
    units: int = UNITS_PER_REGION,
) -> None:
    rng = random.Random(f"{seed}-{region.code}")
    folder = out / region.slug
    strategy, info = build_strategy(rng, region)
    write(folder / "strategi.yaml", strategy, totals)
    write(folder / "arshjul.yaml", build_wheel(rng, region, info), totals)
    ctx = PlanContext(rng, info, today, 0)
    count = ACTIVITIES_PER_UNIT * scale
    for unit_no in range(1, units + 1):
        plan = build_plan(ctx, unit_no, count)
        write(folder / "aktivitetsplaner" / f"enhet-{unit_no:03d}.yaml", plan, totals)
        totals.activities += count


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write (outside the repository)")
    parser.add_argument(
        "--scale",
        type=int,
        default=1,
        help="activities per unit plan = 100 × SCALE (default 1, ~12 MB)",
    )
    parser.add_argument("--seed", type=int, default=2030, help="random seed (default 2030)")
    parser.add_argument(
        "--one-workspace",
        action="store_true",
        help="one region's workspace (Dalarna) with all 21 regions' units in it: "
        f"{len(REGIONS) * UNITS_PER_REGION} unit plans, the size of the whole corpus",
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=date.fromisoformat(DEFAULT_TODAY),
        help=f"reference date for statuses (default {DEFAULT_TODAY})",
    )
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("--scale must be at least 1")
    if args.out_dir.resolve().is_relative_to(REPO):
        parser.error(
            f"{args.out_dir} is inside the repository; the corpus must not be "
            "committed, so write it elsewhere (e.g. /tmp/rustool-corpus)"
        )
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    start = time.perf_counter()
    totals = Totals()
    regions = [r for r in REGIONS if r.code == "20"] if args.one_workspace else REGIONS
    units = len(REGIONS) * UNITS_PER_REGION if args.one_workspace else UNITS_PER_REGION
    for region in regions:
        write_region(args.out_dir, region, args.scale, args.seed, args.today, totals, units)
    seconds = time.perf_counter() - start
    manifest = {
        "scale": args.scale,
        "seed": args.seed,
        "today": args.today.isoformat(),
        "workspaces": [r.slug for r in regions],
        "files": totals.files,
        "bytes": totals.bytes,
        "activities": totals.activities,
    }
    (args.out_dir / "corpus.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    print(
        f"wrote {totals.files} files, {totals.bytes / 1e6:.1f} MB, {totals.activities} "
        f"activities in {len(regions)} workspaces to {args.out_dir} in {seconds:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
