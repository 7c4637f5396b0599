"""The rules' summaries in Swedish (the English is the first paragraph of each rule's
docstring). `rustool rules` and docs/rules.md show them; a test holds every rule to one."""

from __future__ import annotations

SUMMARIES = {
    "RUS001": "Filen är inte giltig YAML.",
    "RUS002": "Filen är inte UTF-8-text, eller en fil eller mapp kan inte läsas.",
    "RUS003": "En nyckel står två gånger i samma mappning.",
    "RUS004": "Filen använder en YAML-tagg som `!!python/object` eller `!ref`.",
    "RUS005": "Ett tabbtecken används för indrag.",
    "RUS006": "Filen går över en säkerhetsgräns: storlek (20 MB), djup (100 nivåer, också "
    "genom alias), aliasexpansion (2 000 000 värden) eller ett alias inuti värdet som dess "
    "ankare namnger (som aldrig skulle ta slut).",
    "RUS007": "Filens `typ` är inte `strategi`, `årshjul`, `aktivitetsplan`, `färdplan`, "
    "`aktörer` eller `ärende`, eller en fil som tydligt är en sådan saknar `typ`.",
    "RUS008": "En sammanfogad plans källa (`källor[].fil`), eller en fil i arbetsytan, ligger "
    "utanför arbetsytan.",
    "RUS009": "En nyckel eller ett värde med ett osynligt tecken (ett nollbrett mellanslag, en "
    "ordbindare eller liknande).",
    "RUS010": "Ett id som blandar bokstäver från olika skriftsystem, som ett kyrilliskt `К` "
    "eller `М` bland latinska bokstäver.",
    "RUS101": "En nyckel som filtypen inte har.",
    "RUS102": "En obligatorisk nyckel saknas.",
    "RUS103": "Ett värde av fel slag eller utanför det tillåtna.",
    "RUS104": "Ett datum eller en period som inte kan läsas.",
    "RUS201": "Ett id i `bidrar_till` eller `kopplar_till` som inte finns i strategin.",
    "RUS202": "Ett id som används två gånger i arbetsytan.",
    "RUS203": "Arbetsytan saknar strategi.",
    "RUS204": "Arbetsytan har mer än en strategi, och den andra säger inte `ersätter`.",
    "RUS205": "En plan, ett årshjul eller en färdplan vars `strategi` inte är id för en "
    "strategi i arbetsytan.",
    "RUS206": "En aktivitets `kategori` finns inte bland strategins kategorier.",
    "RUS207": "En kategori skriven annorlunda än i strategin, t.ex. `&` för `och` eller med "
    "annan stor eller liten bokstav.",
    "RUS208": "En roll som inte finns bland strategins roller.",
    "RUS209": "Flera årshjul, och ett av dem saknar `namn` eller har samma `namn` som ett annat.",
    "RUS210": "En kategori eller roll står två gånger i strategin.",
    "RUS301": "En aktivitet ska vara klar utanför strategins period.",
    "RUS302": "En aktivitets klart senast har passerat och den är varken klar eller struken.",
    "RUS303": "`mandatår` i ett årshjul som inte går per mandatperiod, eller utanför 1–4.",
    "RUS304": "En aktivitets `uppföljning` står inte i tidsordning.",
    "RUS305": "En plans `år` ligger utanför strategins period.",
    "RUS306": "Ett utfall (`utfall`) är daterat före indikatorns baslinjeår.",
    "RUS307": "En indikator har två utfall (`utfall`) för samma år.",
    "RUS308": "En indikators `målvärde` är daterat samma år som eller före `baslinje`.",
    "RUS309": "Strategins `period` slutar innan den börjar.",
    "RUS401": "En aktivitet som inte bidrar till något mål i strategin.",
    "RUS402": "En indikator utan `baslinje` eller `målvärde`.",
    "RUS403": "Den senaste `uppföljning` stämmer inte med aktivitetens `status`.",
    "RUS404": "En aktivitet utan `ansvarig`.",
    "RUS405": "En aktivitet utan `klart_senast`.",
    "RUS406": "En aktivitet utan `syfte` eller `mål`, kolumner i aktivitetsplanens mall.",
    "RUS407": "En plan utan aktiviteter.",
    "RUS408": "En indikator vars `målvärde` går emot dess `riktning`.",
    "RUS409": "En aktivitet i en enhets plan vars egen `enhet` inte är planens.",
    "RUS501": "En sammanfogad plan vars källplan har ändrats sedan den fogades samman.",
    "RUS502": "En sammanfogad plan nämner en källfil som inte finns.",
    "RUS503": "En enhets plan som en sammanfogad plan för samma strategi och år inte nämner.",
    "RUS504": "En aktivitet i en sammanfogad plan som inte finns, så som den är skriven där, i "
    "dess källor.",
    "RUS510": "Två planer som fogas samman har en aktivitet med samma id (rapporteras av "
    "`rustool merge`).",
    "RUS511": "Planerna som fogas samman genomför olika strategier (rapporteras av "
    "`rustool merge`).",
    "RUS512": "Planerna som fogas samman gäller olika år (rapporteras av `rustool merge`).",
    "RUS513": "Två aktiviteter i olika enheter har nästan samma text (rapporteras av "
    "`rustool merge`): en möjlig överlappning där enheterna kan samarbeta.",
    "RUS514": "En aktivitet använder ett YAML-alias (`*namn`) vars ankare (`&namn`) ligger "
    "utanför aktiviteten, eller två aktiviteter definierar samma ankare (rapporteras av "
    "`rustool merge`).",
    "RUS601": "En regelkod i rustool.yaml eller i en kommentar `# rustool: ignore[…]` som inte "
    "är någon regel.",
    "RUS602": "En kommentar till rustool som inte kan läsas, så den tystar ingenting.",
    "RUS603": "En kod i `# rustool: ignore[…]` som inte tystar något på sin rad.",
    "RUS701": "En `kraftsamling` som inte finns bland strategins kraftsamlingar.",
    "RUS702": "En kraftsamlings `mandatperiod` är ingen mandatperiod.",
    "RUS703": "En kraftsamlings aktiviteter planerar fler kronor än dess `budgetram_kr`.",
    "RUS704": "En insats i färdplanen som varken nämner en `kraftsamling` eller `bidrar_till`.",
    "RUS705": "Ett år i färdplanen står två gånger eller ligger utanför strategins period.",
    "RUS706": "Färdplanen har inte reviderats på ett år.",
    "RUS707": "En aktivitets `principer` nämner en princip som strategin inte har.",
    "RUS708": "Mer än en `huvudroll`, eller en `huvudroll` som inte finns bland aktivitetens "
    "roller.",
    "RUS710": "En kommunkod som inte är fyra siffror inom citattecken som börjar med länets "
    "länskod.",
    "RUS711": "En kommun i aktörsregistret utan `kommunkod`, eller en `kommunkod` på en aktör "
    "som inte är en kommun.",
    "RUS712": "En aktivitets `samverkan` nämner en aktör som inte finns i aktörsregistret.",
    "RUS713": "En aktivitets `geografi` nämner varken en kommunkod eller en kommun i registret.",
    "RUS714": "En `målgrupp` som inte finns i aktörsregistret.",
    "RUS720": "`ersätter` nämner ingen annan strategi i arbetsytan, eller en strategi ersätts "
    "två gånger.",
    "RUS721": "En rad i `motsvarar` som inte knyter en nod i den ersatta strategin till noder "
    "i den här.",
    "RUS722": "En aktivitet pekar på ett mål i en ersatt strategi som översättningen inte "
    "knyter till något.",
    "RUS723": "En strategis `status` stämmer inte med efterträdarens.",
    "RUS801": "En öppen aktivitet saknar uppföljning för den senaste period vars sista dag har "
    "passerat.",
    "RUS802": "En aktivitet som är `försenad`, `pausad` eller `struken` anger inget skäl.",
    "RUS803": "En uppföljning är daterad efter i dag: perioden har inte börjat, eller dess "
    "`datum` ligger framåt.",
    "RUS804": "En uppföljnings period är inte skriven i rytmens form.",
    "RUS805": "Årshjulet saknar ett steg som lagen eller förordningen kräver av regionen.",
    "RUS806": "En händelses `datum` eller `senast` infaller i en månad som dess `månad` inte "
    "nämner.",
    "RUS807": "Ett sammanträde är daterat ett annat år än det står under.",
    "RUS808": "Uppföljningsrytmen nämner en händelse i årshjulet som inte finns eller saknar "
    "`senast`.",
    "RUS901": "En `bedömning` av ett mål som strategin inte har.",
    "RUS902": "Ett ärende utan `förslag_till_beslut`.",
    "RUS903": "Ärendets `sammanträdesdatum` är inte ett av nämndens sammanträden i årshjulet.",
    "RUS904": "Samma mål bedöms två gånger i ett ärende.",
    "RUS905": "En aktivitets `finansiering` är ingen av strategins finansieringskällor.",
    "RUS950": "Arbetsboken (eller CSV-filen) kan inte läsas säkert, så inget läses in.",
    "RUS951": "Ett blad kan inte knytas till en plan: ingen rubrikrad med Id, Kategori och "
    "Aktivitet, en planfil som arbetsytan inte längre har, eller ett blad från annat håll "
    "utan `--into PLAN.yaml`.",
    "RUS952": "En cell innehåller en formel. Den läses som sin text (`=SUMMA(L8:L20)`) och "
    "räknas aldrig ut.",
    "RUS953": "Excel gjorde det som skrevs till ett datum. Det läses i rustools form, "
    "2026-10-31 (eller 2026-10 när cellen bara visar månaden), och sägs, eftersom det kanske "
    "inte är vad enheten skrev. En tid är ett fel.",
    "RUS954": "En cells värde kan inte vara ett värde i planen: en tom obligatorisk cell, ett "
    "klart senast i ingen av rustools former, en budget som inte är ett heltal, en okänd "
    "status, ett felvärde som #REF! eller en ny rad utan Aktivitet.",
    "RUS955": "Samma id står på två rader (en rad kopierad med sitt id). Den andra rapporteras "
    "och nämner den första.",
    "RUS956": "En rads id hör till en annan enhets plan, eller (i uppföljningsblanketten) till "
    "ingen aktivitet i planen. Aktiviteter flyttas mellan planer i YAML, inte i en arbetsbok.",
    "RUS957": "En aktivitet i planen saknar rad i bladet. Den behålls; `--allow-delete` tar "
    "bort den.",
    "RUS958": "Planens fil har ändrats sedan arbetsboken exporterades, så celler som enheten "
    "inte rört skulle ta bort de ändringarna. Exportera en ny arbetsbok, eller läs in med "
    "`--force`.",
    "RUS959": "Arbetsboken innehåller sådant som import aldrig kör eller följer: makron eller "
    "länkar till andra arbetsböcker. Sägs också om en CSV-fil som inte är UTF-8.",
    "RUS960": "En ändring kan inte föras in i YAML utan att något annat ändras. Inget skrivs; "
    "det här är ett skydd som inte ska inträffa, så rapportera det gärna med planen.",
    "RUS970": "En indikators `kolada`-id har inte Koladas form (en stor bokstav och fem "
    "siffror, t.ex. N00914).",
    "RUS971": "Kolada svarar att det inte finns något nyckeltal med indikatorns `kolada`-id.",
    "RUS972": "En indikator med `kolada`-id har inget område att hämta för (varken `länskod` "
    "eller `område`).",
    "RUS973": "Ett handskrivet utfall skiljer sig från Koladas värde för samma år.",
    "RUS974": "Hämtade utfall kan inte skrivas in i indikatorns `utfall` på ett säkert sätt.",
}
