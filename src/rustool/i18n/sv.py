"""Svenska meddelanden. Nycklar och fält måste stämma med en.py (ett test kontrollerar)."""

MESSAGES: dict[str, str] = {
    "did_you_mean": "Menade du `{suggestion}`?",
    "severity.error": "fel",
    "severity.warning": "varning",
    # --- files (RUS0xx)
    "syntax.tab": "Tabbtecken används som indrag; YAML kräver mellanslag. "
    "Byt tabben mot mellanslag.",
    "syntax.conflict": "Filen har kvar konfliktmarkeringar från git (<<<<<<<, =======, "
    ">>>>>>>); välj vilken version som gäller och ta bort markeringarna. "
    "(En sammanfogad plan lagas av rustool merge.)",
    "syntax.complex_key": "En nyckel ska vara text; här är nyckeln en lista eller mappning "
    "(`? [a]`). Skriv nyckeln som text.",
    "syntax.alias": "Aliaset hänvisar till ett ankare (&namn) som inte finns.",
    "syntax.mapping_value": "Ett kolon står där det inte får stå; sätt texten inom citattecken "
    "eller rätta indraget.",
    "syntax.expected_colon": "Här saknas ett kolon efter nyckeln.",
    "syntax.indentation": "Indraget stämmer inte med raderna ovanför.",
    "syntax.unclosed_quote": "Ett citattecken öppnas men stängs aldrig.",
    "syntax.document": "Filen innehåller flera YAML-dokument (---); en fil får bara ha ett.",
    "syntax.flow": "En lista eller mappning inom [ ] eller {{ }} stängs inte.",
    "syntax.bad_start": "Ett värde kan inte börja med det här tecknet (till exempel @, ` eller "
    "%); sätt texten inom citattecken.",
    "syntax.escape": "Inom dubbla citattecken inleder \\ en escape-sekvens; skriv \\\\ för ett "
    "bakstreck, eller använd enkla citattecken ('C:\\Users').",
    "syntax.other": "YAML-syntaxfel här; jämför raden med raderna ovanför (indrag, kolon, "
    "citattecken och hakparenteser).",
    "encoding.utf32": "Filen är sparad som UTF-32; spara den som UTF-8.",
    "encoding.utf16": "Filen är sparad som UTF-16; spara den som UTF-8.",
    "encoding.binary": "Filen innehåller binära tecken och är ingen textfil.",
    "encoding.not_utf8": "Filen är inte giltig UTF-8 (byte {byte}); spara den som UTF-8.",
    "encoding.bidi": "Filen innehåller det osynliga tecknet {char} som ändrar skrivriktningen, "
    "så att texten visas i en annan ordning än den lagras; ta bort det.",
    "encoding.break": "Filen innehåller tecknet {char}, som YAML läser som en radbrytning men "
    "editorer inte visar; byt det mot en vanlig radbrytning eller ta bort "
    "det.",
    "encoding.escape": "Texten skriver in tecknet {char} med en escape-sekvens; ett styrtecken "
    "eller ett tecken som ändrar skrivriktningen hör inte hemma i en plan. "
    "Ta bort det.",
    "file.unreadable": "Filen kan inte läsas: {reason}.",
    "file.unreadable_folder": "Mappen {folder} kan inte läsas: {reason}; filerna i den "
    "kontrolleras inte.",
    "os.permission": "åtkomst nekad",
    "os.not_found": "filen eller mappen finns inte",
    "os.loop": "för många nivåer av symboliska länkar (en länk som pekar på sig själv?)",
    "os.is_folder": "det är en mapp",
    "os.not_folder": "en del av sökvägen är ingen mapp",
    "os.no_space": "disken är full",
    "os.read_only": "filsystemet är skrivskyddat",
    "os.io": "in- eller utmatningsfel",
    "os.name_too_long": "namnet är för långt",
    "os.too_many_open": "för många öppna filer",
    "file.not_regular": "Filen kan inte läsas: det är ingen vanlig fil (utan en enhet, en "
    "namngiven pipe eller en mapp).",
    "duplicate_key": "Nyckeln `{key}` finns redan på rad {first_line}; "
    "en nyckel får bara förekomma en gång.",
    "tag.unknown": "Taggen `{tag}` är inte tillåten; rustool läser bara text, tal, listor "
    "och mappningar.",
    "limit.size": "Filen är {size_mb} MB; gränsen är {limit_mb} MB.",
    "limit.depth": "Filen är nästlad djupare än {limit} nivåer.",
    "limit.aliases": "Alias i filen expanderar till mer än {limit} värden (en aliasbomb).",
    "limit.recursive_alias": (
        "Ett alias pekar in i värdet som bär dess eget ankare (här), så det skulle aldrig "
        "ta slut; ta bort aliaset eller ankaret."
    ),
    "typ.unknown": "Okänd typ `{value}`; giltiga typer är {kinds}.",
    "typ.misspelt_key": "Filen ser ut att höra till arbetsytan men har ingen `typ`, bara "
    "`{key}`, och kontrolleras därför inte.",
    # --- schema (RUS1xx)
    "schema.unknown_key": "Okänd nyckel `{key}`.",
    "schema.missing": "Nyckeln `{key}` saknas.",
    "schema.choice": "`{value}` är inget giltigt värde för `{key}`; giltiga värden: {expected}.",
    "schema.text": "`{key}` ska vara text, inte `{value}`; sätt värdet inom citattecken.",
    "schema.integer": "`{key}` ska vara ett heltal, inte `{value}`.",
    "schema.number": "`{key}` ska vara ett tal, inte `{value}`.",
    "schema.list": "`{key}` ska vara en lista.",
    "schema.mapping": "`{key}` ska vara en mappning (nyckel: värde).",
    "schema.item_mapping": "Varje post i `{key}` ska vara en mappning (nyckel: värde), inte "
    "`{value}`.",
    "schema.empty": "`{key}` får inte vara tom.",
    "schema.list_empty": "`{key}` måste ha minst ett värde.",
    "schema.id": "`{value}` är inget giltigt id; ett id får inte innehålla mellanslag, "
    "kommatecken eller hakparenteser.",
    "schema.county_code": 'Länskoden ska vara två siffror inom citattecken, t.ex. "07".',
    "schema.range": "`{value}` ligger utanför det tillåtna för `{key}` ({limit}).",
    "schema.other": "`{key}`: ogiltigt värde `{value}`.",
    "schema.due_date": "`{value}` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, "
    "ÅÅÅÅ-Qn (kvartal), ÅÅÅÅ-Tn (tertial) eller ÅÅÅÅ.",
    "schema.not_mapping": "Filen ska vara en mappning med nycklar som `typ`.",
    "schema.boolean": "`{key}` ska vara ett tal, inte sanningsvärdet `{value}`.",
    "schema.finite": "`{key}` ska vara ett ändligt tal, inte `{value}`.",
    "schema.magnitude": "`{value}` ligger utanför det tillåtna för `{key}`: tal mellan −10^15 "
    "och 10^15 (en biljard).",
    # --- references and ids (RUS2xx)
    "RUS201": "`{ref}` i `{key}` finns inte i strategin.",
    "RUS201.indicator": "`{ref}` i `{key}` är en indikator; hänvisa till ett område, mål "
    "eller en prioritering.",
    "RUS202": "Id `{id}` används redan i {other_file} på rad {other_line}.",
    "RUS203": "Arbetsytan saknar strategi (en fil med `typ: strategi`).",
    "RUS204": "Arbetsytan har mer än en strategi; den första finns i {other_file}. En "
    "efterföljande strategi anger vilken den ersätter med `ersätter:`.",
    "RUS205": "Strategin `{ref}` finns inte; arbetsytans strategi heter `{strategy}`.",
    "RUS206": "Kategorin `{value}` finns inte bland strategins kategorier: {expected}.",
    "RUS207": "Kategorin skrivs `{canonical}` i strategin; skriv ”och” i stället för ”&”.",
    "RUS208": "Rollen `{value}` finns inte bland strategins roller: {expected}.",
    "RUS209": "Två årshjul heter {name}; det andra finns i {other_file}. Ge varje årshjul "
    "ett eget namn.",
    "RUS209.unnamed": "Arbetsytan har {count} årshjul; ge vart och ett ett `namn` så att "
    "kalendrar, affisch och rapport kan skilja dem åt.",
    "RUS210": "Kategorin `{value}` står redan i listan, som `{first}` på rad {first_line}; "
    "varje kategori får bara stå en gång.",
    "RUS210.role": "Rollen `{value}` står redan i listan, som `{first}` på rad {first_line}; "
    "varje roll får bara stå en gång.",
    # --- dates (RUS3xx)
    "RUS301": "Klart senast {due} ligger utanför strategins period {start}–{end}.",
    "RUS302": "Aktiviteten skulle vara klar senast {due} ({days} dagar sedan) men har "
    "status {status}.",
    "RUS303": "`mandatår` gäller bara när årshjulets `cykel` är `mandatperiod`.",
    "RUS303.range": "Mandatår {value} finns inte; en mandatperiod har år 1–4.",
    "RUS304": "Uppföljningen {period} står efter {previous}; skriv uppföljningarna i tidsordning.",
    "RUS305": "Planens år {year} ligger utanför strategins period {start}–{end}.",
    "RUS306": "Utfallet för {year} ligger före baslinjens år {baseline_year}.",
    "RUS307": "Det finns redan ett utfall för {year}, på rad {first_line}; ett år får bara "
    "ha ett utfall.",
    "RUS308": "Målvärdets år {year} ligger inte efter baslinjens år {baseline_year}.",
    "RUS309": "Perioden slutar {end}, innan den börjar {start}; `till` ska vara samma år som "
    "`från` eller senare.",
    # --- completeness (RUS4xx)
    "RUS401": "Aktiviteten bidrar inte till något mål i strategin; lägg till `bidrar_till`.",
    "RUS402": "Indikatorn `{id}` saknar {missing}.",
    "RUS403": "Senaste uppföljningen ({period}) har status {latest}, men aktiviteten har "
    "status {status}.",
    "RUS404": "Aktiviteten saknar ansvarig; lägg till `ansvarig`.",
    "RUS405": "Aktiviteten saknar `klart_senast`.",
    "RUS406": "Aktiviteten saknar `{key}`, en kolumn i aktivitetsplanen.",
    "RUS407": "Planen har inga aktiviteter.",
    "RUS408": "Indikatorn `{id}` ska {direction}, men målvärdet {target} ligger inte i den "
    "riktningen från baslinjen {baseline}.",
    "direction.öka": "öka",
    "direction.minska": "minska",
    "direction.bibehåll": "bibehållas",
    # --- output
    "summary": "{files}: {errors}, {warnings}.",
    "summary.files.one": "{count} fil kontrollerad",
    "summary.files.other": "{count} filer kontrollerade",
    "summary.errors.one": "{count} fel",
    "summary.errors.other": "{count} fel",
    "summary.warnings.one": "{count} varning",
    "summary.warnings.other": "{count} varningar",
    "no_problems": "Inga problem hittades.",
    "ignored_file": "Hoppar över {file}: ingen `typ`.",
    "internal_error": "Internt fel i rustool ({error}). Det är en bugg; rapportera den gärna "
    "med kommandot du körde.",
    "cli.path_missing": "Sökvägen finns inte: {path}",
    "cli.output_is_input": "-o {file} är en fil i arbetsytan som rustool läser; välj en annan fil.",
    "cli.output_is_folder": "-o {file} är en mapp; ange en fil.",
    "cli.template_not_folder": "--template tar en mapp med mallar (report.md.j2, "
    "report.html.j2), inte en fil: {path}",
    "cli.not_workspace": "{path} är varken en mapp eller en YAML-fil.",
    "cli.bad_date": "Ogiltigt datum `{value}`; skriv ÅÅÅÅ-MM-DD.",
    "cli.interrupted": "Avbrutet.",
    "cli.output_failed": "Kan inte skriva utdata: {reason}.",
    "cli.output_failed.disk_full": "disken är full",
    "cli.output_failed.quota": "diskkvoten är slut",
    "cli.output_failed.too_large": "filen blir för stor",
    "cli.bad_lang": "Okänt språk `{value}` för --lang; välj sv (svenska) eller en (engelska).",
    "cli.env_lang_unknown": "RUSTOOL_LANG={value} är inget språk som rustool kan (sv eller en); "
    "variabeln används inte.",
    "cli.usage.no_such_option": "Okänt alternativ {option}.",
    "cli.usage.value": "{option} behöver ett värde.",
    "cli.usage.no_value": "{option} tar inget värde.",
    "cli.usage.not_int": "Ogiltigt värde för {option}: {value} är inget heltal.",
    "cli.usage.not_float": "Ogiltigt värde för {option}: {value} är inget tal.",
    "cli.usage.no_such_command": "Okänt kommando `{name}`.",
    "cli.usage.extra": "För många argument: {args}.",
    "cli.usage.bad_value": "Ogiltigt värde för {option}: {detail}",
    "cli.usage.see_help": "Se `{command} --help`.",
    "schema.written": "Skrev {count} JSON-scheman till {folder}.",
    "rules.header": "Regler",
    # --- report
    "report.kicker": "Lägesrapport till nämnden",
    "report.skip": "Hoppa till innehållet",
    "report.strategy": "Strategi",
    "report.region": "Region",
    "report.county_code": "länskod",
    "report.period": "Period",
    "report.date": "Datum",
    "report.data_version": "Dataversion",
    "report.version.commit": "commit {commit} ({date})",
    "report.version.dirty": "med ändringar som inte är incheckade",
    "report.version.none": "okänd – arbetsytan ligger inte i ett git-arkiv",
    "report.vision": "Vision",
    "report.contents": "Innehåll",
    "report.summary": "Sammanfattning",
    "report.goals": "Mål och aktiviteter",
    "report.deadlines": "Försenat och snart klart",
    "report.coverage": "Täckning",
    "report.wheel": "Årshjulet",
    "report.units": "Enheternas aktivitetsplaner",
    "report.card.activities.one": "aktivitet",
    "report.card.activities.other": "aktiviteter",
    "report.card.open.one": "{count} ej avslutad",
    "report.card.open.other": "{count} ej avslutade",
    "report.card.in_units.one": "i {count} enhets plan",
    "report.card.in_units.other": "i {count} enheters planer",
    "report.card.overdue": "har passerat klart senast",
    "report.card.overdue_sub": "{flagged} till markerade som försenade · {soon} ska vara klara "
    "inom {days} dagar",
    "report.card.goals.one": "mål har minst en aktivitet",
    "report.card.goals.other": "mål har minst en aktivitet",
    "report.card.goals_sub": "{share} av målen; {uncovered} utan aktiviteter",
    "report.card.indicators": "indikatorer utvecklas åt önskat håll",
    "report.card.indicators_sub": "{unchanged} oförändrade, {negative} åt fel håll; {on_track} i "
    "fas mot målvärdet",
    "report.by_status": "Aktiviteter per status",
    "report.uncovered_goals": "Mål utan aktiviteter",
    "report.all_goals_covered": "Alla mål har minst en aktivitet.",
    "report.no_goals": "Strategin har inga mål.",
    "report.uncovered_priorities": "Prioriteringar utan aktiviteter",
    "report.late": "Det som är sent",
    "report.see_deadlines": "Mer under Försenat och snart klart.",
    "report.nothing_late": "Inget är försenat.",
    "report.more": "… och {count} till under Försenat och snart klart.",
    "report.next_events": "Närmast i årshjulet",
    "report.no_wheel": "Arbetsytan har inget årshjul (ingen fil med typ: årshjul).",
    "report.no_coming_events": "Inga händelser de närmaste månaderna.",
    "report.goals_intro": "Per område och mål: indikatorerna med baslinje, senaste utfall och "
    "målvärde, och aktiviteterna som bidrar. Utveckling jämför senaste "
    "utfallet med utfallet före: ↗ åt önskat håll, → oförändrad, ↘ åt fel "
    "håll. I fas: senaste utfallet ligger på eller bättre än den raka "
    "linjen från baslinje till målvärde.",
    "report.area_activities.one": "{count} aktivitet bidrar till hela området",
    "report.area_activities.other": "{count} aktiviteter bidrar till hela området",
    "report.no_activities_badge": "saknar aktiviteter",
    "report.goal_activities.one": "{count} aktivitet bidrar",
    "report.goal_activities.other": "{count} aktiviteter bidrar",
    "report.activities_for": "Aktiviteter som bidrar till {id}",
    "report.goal_uncovered": "Ingen aktivitet bidrar till det här målet.",
    "report.indicators": "Indikatorer",
    "report.no_data": "inga utfall",
    "report.trend.positive": "positiv",
    "report.trend.unchanged": "oförändrad",
    "report.trend.negative": "negativ",
    "report.on_track.yes": "i fas",
    "report.on_track.no": "efter",
    "report.days_late.one": "{count} dag sen",
    "report.days_late.other": "{count} dagar sen",
    "report.direction.öka": "ska öka",
    "report.direction.minska": "ska minska",
    "report.direction.bibehåll": "ska bibehållas",
    "report.col.id": "Id",
    "report.col.activity": "Aktivitet",
    "report.col.unit": "Enhet",
    "report.col.owner": "Ansvarig",
    "report.col.due": "Klart senast",
    "report.col.due_status": "Klart senast, status",
    "report.col.status": "Status",
    "report.col.via": "Bidrar via",
    "report.col.indicator": "Indikator",
    "report.col.baseline": "Baslinje",
    "report.col.latest": "Senaste utfall",
    "report.col.target": "Målvärde",
    "report.col.trend": "Utveckling",
    "report.col.on_track": "I fas?",
    "report.col.curve": "Kurva",
    "report.col.category": "Kategori",
    "report.col.total": "Totalt",
    "report.col.role": "Roll",
    "report.col.activities": "Aktiviteter",
    "report.col.share": "Andel",
    "report.col.month": "Månad",
    "report.col.events": "Händelser",
    "report.col.purpose": "Syfte",
    "report.col.goal": "Mål",
    "report.col.comment": "Kommentar",
    "report.overdue": "Har passerat klart senast",
    "report.overdue_caption": "Aktiviteter som varken är klara eller strukna och vars klart "
    "senast hade passerat den {date}",
    "report.none_overdue": "Ingen aktivitet hade passerat klart senast den {date}.",
    "report.flagged": "Markerade som försenade",
    "report.flagged_caption": "Aktiviteter med status försenad vars klart senast ännu inte har "
    "passerat",
    "report.none_flagged": "Ingen annan aktivitet är markerad som försenad.",
    "report.soon": "Ska vara klara inom {days} dagar",
    "report.soon_caption": "Ej avslutade aktiviteter med klart senast {start}–{end}",
    "report.none_soon": "Ingen ej avslutad aktivitet ska vara klar till och med {end}.",
    "report.no_coverage": "Täckningen kan inte beräknas utan en strategi.",
    "report.matrix": "Kategori × område",
    "report.matrix_intro": "Antal aktiviteter per kategori och område; en aktivitet räknas i "
    "varje område den bidrar till. En nolla är en lucka.",
    "report.matrix_caption": "Aktiviteter per kategori och område",
    "report.heat_legend": "Färgskala",
    "report.heat.low": "få",
    "report.heat.high": "många",
    "report.n_activities.one": "{count} aktivitet",
    "report.n_activities.other": "{count} aktiviteter",
    "report.roles": "Roller",
    "report.roles_caption": "Aktiviteter per roll för regionen",
    "report.gaps": "Luckor",
    "report.kind.område": "Område",
    "report.kind.mål": "Mål",
    "report.kind.prioritering": "Prioritering",
    "report.gap_node.område": "Området {id} {name} har inga aktiviteter",
    "report.gap_node.mål": "Målet {id} {name} har inga aktiviteter",
    "report.gap_node.prioritering": "Prioriteringen {id} {name} har inga aktiviteter",
    "report.gap_category": "Kategorin {name} har inga aktiviteter",
    "report.gap_role": "Rollen {name} har inga aktiviteter",
    "report.no_gaps": "Inga luckor: alla mål, prioriteringar, kategorier och roller har "
    "aktiviteter.",
    "report.coverage_linked": "{count} av {total} aktiviteter bidrar till något av strategins "
    "mål ({share}); {owners} har en ansvarig.",
    "report.no_role": "Ingen roll angiven",
    "report.gap_no_indicator": "Målet {id} {name} har inga indikatorer",
    "report.gap_no_follow_up": "Ingen uppföljning i årshjulet tar upp målet {id} {name}",
    "report.cycle.år": "går runt varje år",
    "report.cycle.mandatperiod": "går runt en gång per mandatperiod",
    "report.mandate_year_now": "{year} är år {n} i mandatperioden",
    "report.mandate_years": "mandatår {years}",
    "report.wheel_caption": "Tolv månader medsols från toppen, en ring per typ av händelse "
    "(numrerade) och antalet händelser i varje fält; visaren och den "
    "inramade månaden visar dagens datum. Samma innehåll står i "
    "tabellen Året i överblick.",
    "report.coming_months": "Kommande månader",
    "report.no_events": "Inga händelser.",
    "report.audience": "Målgrupp",
    "report.year_overview": "Året i överblick {year}",
    "report.year_caption": "Årshjulets händelser per månad {year}",
    "report.now": "nu",
    "report.mission": "Uppdrag",
    "report.unit_goal": "Mål",
    "report.plan_caption": "Aktivitetsplan: {unit}",
    "report.contributes_to": "bidrar till",
    "report.plan_empty": "Planen har inga aktiviteter.",
    "report.no_units": "Arbetsytan har inga aktivitetsplaner.",
    "report.footer": "Skapad av {tool} ur arbetsytans YAML-filer, med {date} som dagens datum. "
    "Samma filer och datum ger samma rapport.",
    "report.footer_warnings.one": "rustool validate hittade {count} varning.",
    "report.footer_warnings.other": "rustool validate hittade {count} varningar.",
    "report.event_types": "Typer av händelser",
    "report.today": "Idag",
    "report.wheel_alt.one": "Årshjulet {year}: {count} händelse över tolv månader, efter typ; "
    "idag ({date}) är markerat.",
    "report.wheel_alt.other": "Årshjulet {year}: {count} händelser över tolv månader, efter "
    "typ; idag ({date}) är markerat.",
    "report.wheel_hint_rings": "Ring 1 innerst, ring 6 ytterst.",
    "report.wheel_hint_cells": "Siffran: antal händelser.",
    "report.wheel_hint_today": "Visaren: dagens datum.",
    "report.status_alt": "Aktiviteter per status: {counts}.",
    "report.spark_alt": "{name}: baslinje {baseline}, senaste utfall {latest}, målvärde "
    "{target}. Streckad linje: rak väg från baslinje till målvärde.",
    "report.status.planerad": "planerad",
    "report.status.pågår": "pågår",
    "report.status.klar": "klar",
    "report.status.försenad": "försenad",
    "report.status.pausad": "pausad",
    "report.status.struken": "struken",
    "report.event_type.planering": "planering",
    "report.event_type.beslut": "beslut",
    "report.event_type.dialog": "dialog",
    "report.event_type.rapport": "rapport",
    "report.event_type.uppföljning": "uppföljning",
    "report.event_type.lärande": "lärande",
    "report.month.1": "januari",
    "report.month.2": "februari",
    "report.month.3": "mars",
    "report.month.4": "april",
    "report.month.5": "maj",
    "report.month.6": "juni",
    "report.month.7": "juli",
    "report.month.8": "augusti",
    "report.month.9": "september",
    "report.month.10": "oktober",
    "report.month.11": "november",
    "report.month.12": "december",
    "report.error.template": "Fel i mallen {file}, rad {line}: {error}",
    "report.error.template_file": "Fel i mallen {file}: {error}",
    "report.error.workspace.one": "Arbetsytan {root} har {count} fel, så ingen rapport skrevs. "
    "Rätta felet först:",
    "report.error.workspace.other": "Arbetsytan {root} har {count} fel, så ingen rapport "
    "skrevs. Rätta felen först:",
    "report.error.more": "… och {count} till; rustool validate {root} visar alla.",
    "report.error.format": "Formatet går inte att avgöra av filnamnet {file}; ange --format "
    "md eller html.",
    "report.error.bad_format": "Okänt format `{value}`; välj md, html eller json.",
    "report.error.window": (
        "--window ska vara ett antal dagar, från 0 till {limit}, som inte går förbi år 9999."
    ),
    "report.error.write": "Kan inte skriva {file}: {reason}.",
    "report.written": "Skrev {file}.",
    # --- coverage
    "coverage.title": "Täckning: {strategy}",
    "coverage.scope.one": "{count} aktivitet från {units} räknas.",
    "coverage.scope.other": "{count} aktiviteter från {units} räknas.",
    "coverage.units.one": "{count} enhet",
    "coverage.units.other": "{count} enheter",
    "coverage.source.merged": "Arbetsytan har bara sammanfogade planer, så de räknas (varje "
    "aktivitet en gång).",
    "coverage.source.none": "Arbetsytan har inga aktivitetsplaner.",
    "coverage.source.ignored": "Sammanfogade planer räknas inte, eftersom enheternas egna "
    "planer räknas: {files}.",
    "coverage.filters": "Urval: {filters}.",
    "coverage.filter.year": "år {year}",
    "coverage.filter.units": "enhet {units}",
    "coverage.filter.statuses": "status {statuses}",
    "coverage.none": "inga",
    "coverage.more": "… och {count} till",
    "coverage.share": "{count} av {total} ({share})",
    "coverage.unknown": "{name} (finns inte i strategin)",
    "coverage.no_role": "Ingen roll angiven",
    "coverage.yes": "ja",
    "coverage.no": "nej",
    "coverage.section.categories": "Aktiviteter per kategori och status",
    "coverage.section.nodes": "Aktiviteter per område, mål och prioritering",
    "coverage.section.matrix": "Kategori × område",
    "coverage.section.roles": "Regionens roller",
    "coverage.section.units": "Enheter",
    "coverage.section.wheel": "Årshjulet",
    "coverage.section.indicators": "Indikatorer",
    "coverage.section.summary": "Sammanfattning och luckor",
    "coverage.matrix_note": "Antal aktiviteter som når området; en aktivitet som bidrar till "
    "flera områden räknas i vart och ett.",
    "coverage.col.category": "Kategori",
    "coverage.col.total": "Totalt",
    "coverage.col.overdue": "Förfallna",
    "coverage.col.id": "Id",
    "coverage.col.kind": "Nivå",
    "coverage.col.name": "Namn",
    "coverage.col.activities": "Aktiviteter",
    "coverage.col.direct": "Direkt",
    "coverage.col.indicators": "Indikatorer",
    "coverage.col.followed_up": "Följs upp",
    "coverage.col.role": "Roll",
    "coverage.col.share": "Andel",
    "coverage.col.unit": "Enhet",
    "coverage.col.linked": "Kopplade",
    "coverage.col.with_owner": "Med ansvarig",
    "coverage.col.month": "Månad",
    "coverage.col.events": "Händelser",
    "coverage.kind.område": "område",
    "coverage.kind.mål": "mål",
    "coverage.kind.prioritering": "prioritering",
    "coverage.kinds.activities": "aktiviteter",
    "coverage.kinds.mål": "mål",
    "coverage.kinds.prioritering": "prioriteringar",
    "coverage.kinds.område": "områden",
    "coverage.kinds.kategori": "kategorier",
    "coverage.kinds.roll": "roller",
    "coverage.status.planerad": "planerad",
    "coverage.status.pågår": "pågår",
    "coverage.status.klar": "klar",
    "coverage.status.försenad": "försenad",
    "coverage.status.pausad": "pausad",
    "coverage.status.struken": "struken",
    "coverage.cycle.år": "varje år",
    "coverage.cycle.mandatperiod": "en gång per mandatperiod",
    "coverage.month.1": "januari",
    "coverage.month.2": "februari",
    "coverage.month.3": "mars",
    "coverage.month.4": "april",
    "coverage.month.5": "maj",
    "coverage.month.6": "juni",
    "coverage.month.7": "juli",
    "coverage.month.8": "augusti",
    "coverage.month.9": "september",
    "coverage.month.10": "oktober",
    "coverage.month.11": "november",
    "coverage.month.12": "december",
    "coverage.month_short.1": "jan",
    "coverage.month_short.2": "feb",
    "coverage.month_short.3": "mar",
    "coverage.month_short.4": "apr",
    "coverage.month_short.5": "maj",
    "coverage.month_short.6": "jun",
    "coverage.month_short.7": "jul",
    "coverage.month_short.8": "aug",
    "coverage.month_short.9": "sep",
    "coverage.month_short.10": "okt",
    "coverage.month_short.11": "nov",
    "coverage.month_short.12": "dec",
    "coverage.summary.linked": "Kopplade till strategin (bidrar till ett område, mål eller en "
    "prioritering): {share}",
    "coverage.summary.with_owner": "Med ansvarig: {share}",
    "coverage.summary.overdue.one": "Förfallna (klart senast före {today}, inte klar eller "
    "struken): {count} aktivitet",
    "coverage.summary.overdue.other": "Förfallna (klart senast före {today}, inte klar eller "
    "struken): {count} aktiviteter",
    "coverage.gap.uncovered": "Mål och prioriteringar utan aktiviteter: {ids}",
    "coverage.gap.empty_categories": "Kategorier utan aktiviteter: {names}",
    "coverage.gap.unused_roles": "Roller som ingen aktivitet tar: {names}",
    "coverage.gap.unknown_references": "Id i bidrar_till som inte finns i strategin: {ids}",
    "coverage.wheel.none": "Arbetsytan har inget årshjul (ingen fil med typ: årshjul).",
    "coverage.wheel.about.one": "{name}: {count} händelse, går runt {cycle}.",
    "coverage.wheel.about.other": "{name}: {count} händelser, går runt {cycle}.",
    "coverage.wheel.empty_months": "Månader utan händelser: {months}",
    "coverage.wheel.no_follow_up": "Mål som ingen uppföljningshändelse tar upp: {ids}",
    "coverage.wheel.no_follow_up_events": "Årshjulet har ingen händelse med typ: uppföljning.",
    "coverage.wheel.mandate_years": "Händelser som bara hör till vissa mandatår (de räknas "
    "ändå i sina månader): {events}",
    "coverage.wheel.unknown_links": "Id i kopplar_till som inte finns i strategin: {ids}",
    "coverage.indicators.goals": "Mål med minst en indikator: {count} av {total}; med "
    "baslinje och målvärde: {complete} av {total}.",
    "coverage.indicators.count.one": "{count} indikator: {baseline} med baslinje, {target} med "
    "målvärde, {outcome} med utfall.",
    "coverage.indicators.count.other": "{count} indikatorer: {baseline} med baslinje, {target} "
    "med målvärde, {outcome} med utfall.",
    "coverage.indicators.missing": "Mål utan indikatorer: {ids}",
    "coverage.csv.section": "avsnitt",
    "coverage.csv.id": "id",
    "coverage.csv.name": "namn",
    "coverage.csv.measure": "mått",
    "coverage.csv.value": "värde",
    "coverage.csv.summary": "sammanfattning",
    "coverage.csv.category": "kategori",
    "coverage.csv.matrix": "kategori × område",
    "coverage.csv.role": "roll",
    "coverage.csv.unit": "enhet",
    "coverage.csv.month": "månad",
    "coverage.csv.indicators": "indikatorer",
    "coverage.measure.activities": "aktiviteter",
    "coverage.measure.direct": "direkt",
    "coverage.measure.indicators": "indikatorer",
    "coverage.measure.followed_up": "följs upp",
    "coverage.measure.linked": "kopplade",
    "coverage.measure.with_owner": "med ansvarig",
    "coverage.measure.overdue": "förfallna",
    "coverage.measure.no_role": "utan roll",
    "coverage.measure.events": "händelser",
    "coverage.measure.goals": "mål",
    "coverage.measure.goals_with_indicator": "mål med indikator",
    "coverage.measure.goals_with_baseline_and_target": "mål med baslinje och målvärde",
    "coverage.measure.with_baseline": "med baslinje",
    "coverage.measure.with_target": "med målvärde",
    "coverage.measure.with_baseline_and_target": "med baslinje och målvärde",
    "coverage.measure.with_outcome": "med utfall",
    "coverage.threshold.syntax": "`{value}` är ingen tröskel; skriv NYCKEL=VÄRDE, t.ex. mål=1 "
    "eller kopplade=90.",
    "coverage.threshold.key": "Okänd tröskel `{key}`; giltiga är {expected}.",
    "coverage.threshold.value": "`{value}` i {text} är inget tal från 0 och uppåt; skriv ett "
    "antal (mål=1) eller en andel i procent (kopplade=90).",
    "coverage.threshold.percent": "`{value}` i {text} är mer än 100 %.",
    "coverage.threshold.count": "`{value}` i {text} ska vara ett helt antal aktiviteter; för "
    "en andel, skriv %.",
    "coverage.threshold.passed.one": "Tröskeln nåddes: {thresholds}.",
    "coverage.threshold.passed.other": "Alla {count} trösklar nåddes: {thresholds}.",
    "coverage.threshold.missed.nothing": "Tröskeln {threshold} nåddes inte: det finns inga "
    "{kinds} att mäta (har filtren tagit bort allt?).",
    "coverage.threshold.missed.empty": "Tröskeln {threshold} nåddes inte: {missed} av {total} "
    "{kinds} saknar aktiviteter: {names}.",
    "coverage.threshold.missed.items": "Tröskeln {threshold} nåddes inte: {missed} av {total} "
    "{kinds} har färre än {value} aktiviteter: {names}.",
    "coverage.threshold.missed.items_share": "Tröskeln {threshold} nåddes inte: {count} av "
    "{total} {kinds} har aktiviteter ({share}), "
    "kravet är {required}. Utan aktiviteter: {names}.",
    "coverage.threshold.missed.kopplade": "Tröskeln {threshold} nåddes inte: {count} av {total} "
    "aktiviteter är kopplade till strategin ({share}), "
    "kravet är {required}.",
    "coverage.threshold.missed.ansvarig": "Tröskeln {threshold} nåddes inte: {count} av {total} "
    "aktiviteter har en ansvarig ({share}), kravet är "
    "{required}.",
    "coverage.threshold.missed.indikatorer": "Tröskeln {threshold} nåddes inte: {count} av "
    "{total} mål har indikatorer ({share}), kravet är "
    "{required}. Utan indikatorer: {names}.",
    "coverage.threshold.missed.uppföljning": "Tröskeln {threshold} nåddes inte: {count} av "
    "{total} mål tas upp av en uppföljningshändelse i "
    "årshjulet ({share}), kravet är {required}. "
    "Följs inte upp: {names}.",
    "coverage.threshold.missed.no_wheel": "Tröskeln {threshold} nåddes inte: arbetsytan har "
    "inget årshjul, så inget av de {total} målen följs "
    "upp.",
    "coverage.error.format": "Okänt format `{value}`; välj table, json, csv eller md.",
    "coverage.error.delimiter": "Okänd avgränsare `{value}`; välj , eller ; eller tab.",
    "coverage.error.status": "Okänd status `{value}`; giltiga är {expected} och aktiva "
    "(planerad, pågår, försenad).",
    "coverage.error.unit": "Enheten `{value}` har inga aktiviteter i arbetsytan; enheterna är "
    "{expected}.",
    "coverage.error.no_strategy": "Täckningen kan inte räknas: arbetsytan {root} har ingen "
    "strategi som går att läsa. Rätta felen först:",
    "coverage.error.workspace.one": "Arbetsytan {root} har {count} fel; siffrorna ovan gäller "
    "det som gick att läsa. Rätta felet:",
    "coverage.error.workspace.other": "Arbetsytan {root} har {count} fel; siffrorna ovan gäller "
    "det som gick att läsa. Rätta felen:",
    "coverage.error.not_written.one": "Arbetsytan {root} har {count} fel, så {file} skrevs "
    "inte. Rätta felet:",
    "coverage.error.not_written.other": "Arbetsytan {root} har {count} fel, så {file} skrevs "
    "inte. Rätta felen:",
    "coverage.error.more": "… och {count} till; rustool validate {root} visar alla.",
    "coverage.error.write": "Kan inte skriva {file}: {reason}.",
    "coverage.written": "Skrev {file}.",
    "RUS409": "Aktiviteten har `enhet: {unit}`, men planen tillhör {plan_unit}; en "
    "sammanfogad plan skulle räkna den till {unit}. Ta bort `enhet` här eller "
    "flytta aktiviteten till den enhetens plan.",
    # --- merge
    "RUS501": "Den sammanfogade planen är inaktuell: {file} har ändrats sedan sammanfogningen. "
    "Kör rustool merge igen.",
    "RUS502": "Källan {file} finns inte; kör rustool merge igen.",
    "RUS503": "Planen {file} ({unit}) saknas bland källorna; kör rustool merge igen.",
    "RUS504": "Aktiviteten {id} finns inte i någon av källorna; ändra i enhetens plan och kör "
    "rustool merge igen.",
    "RUS504.changed": "Aktiviteten {id} skiljer sig från källan; ändra i enhetens plan och kör "
    "rustool merge igen.",
    "RUS510": "Id `{id}` finns redan i {other_file} på rad {other_line}, kolumn {other_column}; "
    "en sammanfogad plan kan ha varje id bara en gång.",
    "RUS511": "Planen genomför strategin `{value}`, men {other_file} genomför `{other}`; foga "
    "samman en strategis planer åt gången.",
    "RUS512": "Planen gäller år {year}, men {other_file} gäller år {other_year}; välj ett år "
    "med --år.",
    "RUS513": "Möjlig överlappning: {first_id} och {id} har nästan samma text ({similarity} % "
    "av orden gemensamma); här kan {first_unit} och {unit} samarbeta.",
    "RUS514": "Aliaset `*{name}` hänvisar till ett ankare utanför aktiviteten, men rustool merge "
    "flyttar aktiviteterna var för sig; skriv ut värdet i stället.",
    "RUS514.duplicate": "Ankaret `&{name}` finns också i {other_file} på rad {other_line}; i en "
    "sammanfogad plan måste ankarna heta olika. Byt namn på det ena.",
    # --- rule codes and suppressions (RUS6xx)
    "RUS601": "`{value}` är ingen regel; `rustool rules` listar koderna.",
    "RUS602": "Kommentaren är till rustool men kan inte läsas, så den tystar inget; skriv "
    "`# rustool: ignore[RUS302]` (flera koder åtskilda med kommatecken) eller "
    "`# rustool: ignore` för alla regler på raden.",
    "RUS603": "`{code}` i `# rustool: ignore[…]` tystar inget på den här raden; ta bort koden.",
    "merge.error.layout": "rustool merge kan inte skilja ut aktiviteterna här; skriv dem som en "
    "lista med `- ` under `aktiviteter:`.",
    "merge.error.output_is_input": "-o {file} är en fil som merge läser; välj en annan fil för "
    "den sammanfogade planen.",
    "merge.error.check_output": "--check jämför med en fil: ange den med -o FIL.",
    "merge.error.not_plan": "{file} är ingen aktivitetsplan (typ: aktivitetsplan).",
    "merge.error.merged_input": "{file} är själv en sammanfogad plan (den har källor); ange "
    "enheternas planer.",
    "merge.error.no_plans": "Hittade inga aktivitetsplaner att foga samman i {path}.",
    "merge.error.no_plans_year": "Hittade inga aktivitetsplaner för år {year} i {path}.",
    "merge.error.category": "Okänd kategori `{value}`; strategins kategorier är {expected}.",
    "merge.error.goal": "`{value}` är inget område, mål eller prioritering i strategin.",
    "merge.error.write": "Kan inte skriva {file}: {reason}.",
    "merge.error.not_faithful": "Aktiviteten {id} i {file} gick inte att kopiera oförändrad, så "
    "inget skrevs. Det är ett fel i rustool; rapportera det gärna "
    "med filen.",
    "merge.failed.one": "Inget skrevs: {count} fel.",
    "merge.failed.other": "Inget skrevs: {count} fel.",
    "merge.written": "Skrev {file} (aktiviteter: {activities}, planer: {plans}).",
    "merge.up_to_date": "{file} är aktuell.",
    "merge.out_of_date": "{file} är inte aktuell: från rad {line} skiljer den sig från det som "
    "rustool merge skulle skriva nu. Kör samma kommando utan --check för "
    "att uppdatera den.",
    "merge.missing": "{file} finns inte; kör samma kommando utan --check för att skriva den.",
}
